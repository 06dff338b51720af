import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getBoss, queues } from "@/lib/jobs/boss";
import { createBot, memberUpdate, nextUpdateId, textUpdate, webhookRequest } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { POST } from "./route";

// Integration: the Telegram webhook route on a real database (invariant 4: exactly once).
let bot: Awaited<ReturnType<typeof createBot>>;
const call = (body: unknown, secret: string | null = bot.webhookSecret, botId = bot.botId) => POST(webhookRequest(botId, secret, body), { params: Promise.resolve({ botId }) });
const recorded = (updateId: number) => db.telegramUpdate.count({ where: { botId: bot.botId, updateId: BigInt(updateId) } });

async function queuedJobs(chatId: number) {
  const boss = await getBoss();
  const res = (await boss.getDb().executeSql(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'botId' = $2 AND (data->>'chatId')::bigint = $3`, [queues.telegramUpdate, bot.botId, chatId])) as { rows: { n: number }[] };
  return res.rows[0].n;
}

beforeAll(async () => {
  const org = await createOrg();
  bot = await createBot({ orgId: org.orgId });
});

describe("POST /api/telegram/[botId]", () => {
  it("answers 401 to a missing or wrong secret and writes nothing", async () => {
    const update = textUpdate(5001, "hi");
    for (const secret of [null, "", "wrong", `${bot.webhookSecret}x`]) {
      const res = await call(update, secret);
      expect(res.status).toBe(401);
    }
    expect((await call(update, bot.webhookSecret, "no-such-bot")).status).toBe(401);
    expect(await recorded(update.update_id)).toBe(0);
    expect(await db.botSubscriber.count({ where: { botId: bot.botId } })).toBe(0);
  });

  it("records an update once and queues one job, however often Telegram repeats it", async () => {
    const update = textUpdate(5002, "hello");
    const big = textUpdate(6_000_000_123, "large chat ids are bigint");
    expect((await call(big)).status).toBe(200);
    expect(await db.telegramUpdate.count({ where: { botId: bot.botId, chatId: 6_000_000_123n } })).toBe(1);
    const answers = await Promise.all([call(update), call(update), call(update)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await Promise.all(answers.map((r) => r.json()))).filter((b) => b.duplicate === false)).toHaveLength(1);
    expect((await call(update)).status).toBe(200);
    expect(await recorded(update.update_id)).toBe(1);
    expect(await queuedJobs(5002)).toBe(1);
  });

  it("queues one job per chat for a burst of updates (the job handles them all in order)", async () => {
    for (let i = 0; i < 5; i++) expect((await call(textUpdate(5003, `m${i}`))).status).toBe(200);
    expect(await db.telegramUpdate.count({ where: { botId: bot.botId, chatId: 5003n } })).toBe(5);
    expect(await queuedJobs(5003)).toBe(1);
  });

  it("records and ignores kinds it does not handle; refuses a body that is not an update", async () => {
    const edited = { update_id: nextUpdateId(), edited_message: { message_id: 1, chat: { id: 5004, type: "private" }, text: "x" } };
    const group = { update_id: nextUpdateId(), message: { message_id: 1, from: { id: 1, first_name: "G" }, chat: { id: -100, type: "group" }, text: "hi" } };
    for (const update of [edited, group]) {
      expect((await call(update)).status).toBe(200);
      const row = await db.telegramUpdate.findUnique({ where: { botId_updateId: { botId: bot.botId, updateId: BigInt(update.update_id) } }, select: { processedAt: true, chatId: true } });
      expect(row).toMatchObject({ chatId: null });
      expect(row?.processedAt).toBeInstanceOf(Date);
    }
    expect((await call("not json")).status).toBe(400);
    expect((await call({ hello: 1 })).status).toBe(400);
    expect((await call(memberUpdate(5005, "kicked"))).status).toBe(200);
  });
});
