import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/telegram/[botId]/route";
import { db } from "@/lib/db/client";
import { createBot, textUpdate, webhookRequest } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { type FakeTelegram, startFakeTelegram } from "@/test/fakes/fake-telegram";
import { starterGraph, createFlow } from "../flows/manage-flows";
import { listFlows } from "../flows/list-flows";
import { processTelegramUpdates } from "./process-telegram-update";
import { publishFlow } from "../flows/publish-flow";
import { saveFlowDraft } from "../flows/save-flow-draft";
import { sendBotMessages } from "./send-bot-messages";

// Integration: two published flows both start on /start. The bot runs the one higher in the
// flows list (position, then creation, then id), whichever was published last, and the flows
// list's warning names that same flow.
let fake: FakeTelegram;
let bot: Awaited<ReturnType<typeof createBot>>;
let userId: string;
let chat = 9100;

beforeAll(async () => {
  fake = await startFakeTelegram();
  process.env.TELEGRAM_API_ROOT = fake.url;
  const org = await createOrg();
  userId = org.userId;
  bot = await createBot({ orgId: org.orgId });
});
afterAll(() => fake.close());

/** A new chat sends /start; the bot's first reply. */
async function firstReplyToStart() {
  const chatId = ++chat;
  const res = await POST(webhookRequest(bot.botId, bot.webhookSecret, textUpdate(chatId, "/start")), { params: Promise.resolve({ botId: bot.botId }) });
  expect(res.status).toBe(200);
  await processTelegramUpdates({ botId: bot.botId, chatId });
  const subscriber = await db.botSubscriber.findUniqueOrThrow({ where: { botId_chatId: { botId: bot.botId, chatId: BigInt(chatId) } }, select: { id: true } });
  await sendBotMessages({ subscriberId: subscriber.id });
  return fake
    .callsOf("sendMessage", bot.token)
    .filter((c) => c.body.chat_id === chatId)
    .map((c) => String(c.body.text))[0];
}

describe("two published flows on /start", () => {
  it("the flow higher in the flows list runs, whichever was published last; the list says so", async () => {
    const scope = { orgId: bot.orgId, botId: bot.botId };
    const welcome = await db.flow.findFirstOrThrow({ where: scope, select: { id: true } });
    const promo = await createFlow({ ...scope, name: "Promo" });
    const graph = starterGraph();
    graph.nodes[1] = { ...graph.nodes[1], data: { text: "Promo week!", buttons: [] } } as (typeof graph.nodes)[number];
    await saveFlowDraft({ ...scope, flowId: promo.id, graph });
    await publishFlow({ ...scope, flowId: promo.id, userId });

    expect(await firstReplyToStart()).toBe("Hi Ada! Welcome to <b>Frontdesk</b>.");
    const list = await listFlows(scope);
    expect(list.items.map((f) => [f.name, f.conflicts])).toEqual([
      ["Welcome", ["/start is also a trigger of “Promo”: the bot runs this flow for it (higher in the flows list), never “Promo”."]],
      ["Promo", ["/start is also a trigger of “Welcome”: the bot runs “Welcome” for it (higher in the flows list), never this trigger."]],
    ]);

    // Promo moved above Welcome: now it answers /start.
    await db.flow.update({ where: { id: promo.id }, data: { position: -1 } });
    expect(await firstReplyToStart()).toBe("Promo week!");

    // Same position and creation time: the smaller id wins, every time (inserted second here).
    const at = new Date("2026-01-01T00:00:00Z");
    for (const [id, text] of [
      [`zz${welcome.id}`, "Inserted first"],
      [`aa${welcome.id}`, "Smaller id"],
    ]) {
      const g = starterGraph();
      g.nodes[1] = { ...g.nodes[1], data: { text, buttons: [] } } as (typeof g.nodes)[number];
      await db.flow.create({ data: { id, ...scope, name: text, draftGraph: g, position: -5, createdAt: at, publishedVersion: 1, publishedAt: at, versions: { create: { version: 1, graph: g, publishedAt: at } } } });
    }
    for (let i = 0; i < 3; i++) expect(await firstReplyToStart()).toBe("Smaller id");
    expect((await listFlows(scope)).items[0].name).toBe("Smaller id");
  });
});
