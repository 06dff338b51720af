import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UPDATE_CHANNEL } from "@/lib/bots/runtime/receive-telegram-update";
import { db } from "@/lib/db/client";
import { createBot, memberUpdate, nextUpdateId, textUpdate, webhookRequest } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { POST } from "./route";

// Integration: the Telegram webhook route on a real database (invariant 4: exactly once).
let bot: Awaited<ReturnType<typeof createBot>>;
const call = (body: unknown, secret: string | null = bot.webhookSecret, botId = bot.botId) => POST(webhookRequest(botId, secret, body), { params: Promise.resolve({ botId }) });
const recorded = (updateId: number) => db.telegramUpdate.count({ where: { botId: bot.botId, updateId: BigInt(updateId) } });

// The worker's wake-ups: one NOTIFY per update recorded with a chat, none for a replay.
let listener: pg.Client;
const wakeUps: string[] = [];
async function wakeUpsAfter(action: () => Promise<unknown>) {
  const before = wakeUps.length;
  await action();
  await db.$executeRaw`SELECT pg_notify(${UPDATE_CHANNEL}, 'marker')`; // arrives after every earlier one
  while (!wakeUps.slice(before).includes("marker")) await new Promise((r) => setTimeout(r, 20));
  return wakeUps.slice(before).filter((w) => w !== "marker");
}

beforeAll(async () => {
  const org = await createOrg();
  bot = await createBot({ orgId: org.orgId });
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  listener.on("notification", (n) => wakeUps.push(n.payload ?? ""));
  await listener.query(`LISTEN ${UPDATE_CHANNEL}`);
});
afterAll(() => listener.end());

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

  it("records an update once and wakes the worker once, however often Telegram repeats it", async () => {
    const update = textUpdate(5002, "hello");
    const big = textUpdate(6_000_000_123, "large chat ids are bigint");
    expect((await call(big)).status).toBe(200);
    expect(await db.telegramUpdate.count({ where: { botId: bot.botId, chatId: 6_000_000_123n } })).toBe(1);
    const wakes = await wakeUpsAfter(async () => {
      const answers = await Promise.all([call(update), call(update), call(update)]);
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
      expect((await Promise.all(answers.map((r) => r.json()))).filter((b) => b.duplicate === false)).toHaveLength(1);
      expect((await call(update)).status).toBe(200);
    });
    expect(wakes).toEqual([bot.botId]);
    expect(await recorded(update.update_id)).toBe(1);
  });

  it("records every update of a burst from one chat (the worker takes them in update_id order)", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      const update = textUpdate(5003, `m${i}`);
      ids.push(update.update_id);
      expect((await call(update)).status).toBe(200);
    }
    const rows = await db.telegramUpdate.findMany({ where: { botId: bot.botId, chatId: 5003n }, orderBy: { updateId: "asc" }, select: { updateId: true } });
    expect(rows.map((w) => Number(w.updateId))).toEqual(ids);
  });

  it("records and ignores kinds it does not handle; refuses a body that is not an update", async () => {
    const edited = { update_id: nextUpdateId(), edited_message: { message_id: 1, chat: { id: 5004, type: "private" }, text: "x" } };
    const group = { update_id: nextUpdateId(), message: { message_id: 1, from: { id: 1, first_name: "G" }, chat: { id: -100, type: "group" }, text: "hi" } };
    for (const update of [edited, group]) {
      expect(await wakeUpsAfter(async () => expect((await call(update)).status).toBe(200))).toEqual([]);
      const row = await db.telegramUpdate.findUnique({ where: { botId_updateId: { botId: bot.botId, updateId: BigInt(update.update_id) } }, select: { processedAt: true, chatId: true } });
      expect(row).toMatchObject({ chatId: null });
      expect(row?.processedAt).toBeInstanceOf(Date);
    }
    expect((await call("not json")).status).toBe(400);
    expect((await call({ hello: 1 })).status).toBe(400);
    expect((await call(memberUpdate(5005, "kicked"))).status).toBe(200);
  });
});
