import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/telegram/[botId]/route";
import { db } from "@/lib/db/client";
import { callbackUpdate, createBot, memberUpdate, nextUpdateId, textUpdate, webhookRequest } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { type FakeTelegram, startFakeTelegram } from "@/test/fakes/fake-telegram";
import { processTelegramUpdates } from "./process-telegram-update";
import type { OutgoingPayload } from "./queue-bot-messages";
import { sendBotMessages } from "./send-bot-messages";

// Integration: webhook -> telegram.update job -> flow engine -> telegram.send job, against the
// real database and the fake Telegram API (the jobs are called directly, as the worker would).
let fake: FakeTelegram;
let bot: Awaited<ReturnType<typeof createBot>>;

beforeAll(async () => {
  fake = await startFakeTelegram();
  process.env.TELEGRAM_API_ROOT = fake.url;
  bot = await createBot({ orgId: (await createOrg()).orgId });
});
afterAll(() => fake.close());

async function deliver(update: { update_id: number }) {
  const res = await POST(webhookRequest(bot.botId, bot.webhookSecret, update), { params: Promise.resolve({ botId: bot.botId }) });
  expect(res.status).toBe(200);
}

async function converse(chatId: number, update: { update_id: number }) {
  await deliver(update);
  await processTelegramUpdates({ botId: bot.botId, chatId });
  const subscriber = await db.botSubscriber.findUniqueOrThrow({ where: { botId_chatId: { botId: bot.botId, chatId: BigInt(chatId) } }, select: { id: true } });
  await sendBotMessages({ subscriberId: subscriber.id });
  return subscriber.id;
}

const sentTexts = (chatId: number) =>
  fake
    .callsOf("sendMessage", bot.token)
    .filter((c) => c.body.chat_id === chatId)
    .map((c) => String(c.body.text));
const subscriberOf = (chatId: number) =>
  db.botSubscriber.findUniqueOrThrow({
    where: { botId_chatId: { botId: bot.botId, chatId: BigInt(chatId) } },
    select: { id: true, status: true, variables: true, conversationState: true, unreadCount: true, customer: { select: { name: true, email: true, source: true, telegramUserId: true } } },
  });

describe("processing Telegram updates", () => {
  it("/start creates the subscriber and its customer, and the welcome replies reach Telegram and the log", async () => {
    const subscriberId = await converse(7001, textUpdate(7001, "/start"));
    expect(sentTexts(7001)).toEqual(["Hi Ada! Welcome to <b>Frontdesk</b>.", "What should we call you?"]);
    const s = await subscriberOf(7001);
    expect(s).toMatchObject({ status: "ACTIVE", unreadCount: 1, customer: { name: "Ada Lovelace", source: "TELEGRAM", telegramUserId: 7001n } });
    const log = await db.botMessage.findMany({ where: { subscriberId }, orderBy: { createdAt: "asc" }, select: { direction: true, status: true, text: true, telegramMessageId: true } });
    expect(log.map((m) => [m.direction, m.status])).toEqual([
      ["IN", "RECEIVED"],
      ["OUT", "SENT"],
      ["OUT", "SENT"],
    ]);
    expect(log[1].telegramMessageId).toBeGreaterThan(0);
  });

  it("answers go into variables, the email onto the customer, and a button press is answered", async () => {
    await converse(7001, textUpdate(7001, "Ada"));
    await converse(7001, textUpdate(7001, "ada@example.com"));
    expect(sentTexts(7001).slice(-2)).toEqual(["Nice to meet you, Ada. What is your email?", "What would you like to do?"]);
    const menu = await db.botMessage.findFirstOrThrow({ where: { subscriber: { chatId: 7001n, botId: bot.botId }, direction: "OUT", text: "What would you like to do?" }, select: { payload: true, telegramMessageId: true } });
    const book = (menu.payload as OutgoingPayload).buttons!.flat().find((b) => b.text === "Book")!;
    await converse(7001, callbackUpdate(7001, "callback_data" in book ? book.callback_data : "", menu.telegramMessageId!));
    expect(fake.callsOf("answerCallbackQuery", bot.token).map((c) => c.body.callback_query_id)).toHaveLength(1);
    const link = fake.callsOf("sendMessage", bot.token).at(-1)!.body as { reply_markup: { inline_keyboard: { url: string }[][] } };
    expect(link.reply_markup.inline_keyboard[0][0].url).toMatch(/\/book\/org-[^?]+\?ref=/);
    const s = await subscriberOf(7001);
    expect(s.variables).toMatchObject({ name: "Ada", email: "ada@example.com", menu_choice: "book" });
    expect(s.customer?.email).toBe("ada@example.com");
    expect(await db.botMessage.findFirst({ where: { subscriber: { chatId: 7001n, botId: bot.botId }, direction: "IN" }, orderBy: { createdAt: "desc" }, select: { text: true } })).toEqual({ text: "[Book]" });
  });

  it("a tag the flow adds enrolls the subscriber in that tag's drip sequence, once", async () => {
    const graph = {
      nodes: [
        { id: "t", type: "trigger", position: { x: 0, y: 0 }, data: { trigger: { kind: "command", command: "vip" } } },
        { id: "tag", type: "tag", position: { x: 200, y: 0 }, data: { action: "add", tags: ["vip"] } },
        { id: "msg", type: "message", position: { x: 400, y: 0 }, data: { text: "You are on the VIP list." } },
      ],
      edges: [
        { id: "e1", source: "t", target: "tag" },
        { id: "e2", source: "tag", target: "msg" },
      ],
    };
    const flow = await db.flow.create({ data: { orgId: bot.orgId, botId: bot.botId, name: "VIP", draftGraph: graph, publishedVersion: 1, publishedAt: new Date(), position: 5 }, select: { id: true } });
    await db.flowVersion.create({ data: { flowId: flow.id, version: 1, graph } });
    const sequence = await db.dripSequence.create({ data: { orgId: bot.orgId, botId: bot.botId, name: "VIP welcome", triggerTag: "vip", steps: { create: [{ position: 0, delayMinutes: 60, text: "A VIP tip" }] } }, select: { id: true } });
    const subscriberId = await converse(7301, textUpdate(7301, "/vip"));
    await converse(7301, textUpdate(7301, "/vip")); // the tag is already there: no second enrollment
    expect(sentTexts(7301)).toContain("You are on the VIP list.");
    expect(await db.dripEnrollment.count({ where: { sequenceId: sequence.id, subscriberId } })).toBe(1);
    await db.flow.delete({ where: { id: flow.id } });
  });

  it("answers a stale button press too, and replays change nothing", async () => {
    const update = callbackUpdate(7001, "old.token:opt-x", 999_999);
    await converse(7001, update);
    await converse(7001, update);
    expect(fake.callsOf("answerCallbackQuery", bot.token).filter((c) => c.body.callback_query_id === update.callback_query.id)).toHaveLength(1);
  });

  it("my_chat_member kicked marks the subscriber blocked and excludes it from sends; member brings it back", async () => {
    await converse(7002, textUpdate(7002, "/start"));
    await converse(7002, memberUpdate(7002, "kicked"));
    expect((await subscriberOf(7002)).status).toBe("BLOCKED");
    const before = sentTexts(7002).length;
    const s = await subscriberOf(7002);
    await db.botMessage.create({ data: { orgId: bot.orgId, botId: bot.botId, subscriberId: s.id, direction: "OUT", status: "PENDING", text: "promo" } });
    await sendBotMessages({ subscriberId: s.id });
    expect(sentTexts(7002)).toHaveLength(before);
    expect(await db.botMessage.findFirst({ where: { subscriberId: s.id, text: "promo" }, select: { status: true } })).toEqual({ status: "FAILED" });
    await converse(7002, memberUpdate(7002, "member"));
    expect((await subscriberOf(7002)).status).toBe("ACTIVE");
  });

  it("a 403 from Telegram marks the subscriber blocked", async () => {
    fake.blockChat(7003);
    await converse(7003, textUpdate(7003, "/start"));
    expect((await subscriberOf(7003)).status).toBe("BLOCKED");
  });

  it("a 429 waits retry_after and sends once", async () => {
    fake.throttleNext(1, 1);
    await converse(7005, textUpdate(7005, "/start"));
    // The fake records the refused attempt too: refused, retried, then the next message.
    expect(sentTexts(7005)).toEqual(["Hi Ada! Welcome to <b>Frontdesk</b>.", "Hi Ada! Welcome to <b>Frontdesk</b>.", "What should we call you?"]);
    const s = await subscriberOf(7005);
    expect(await db.botMessage.count({ where: { subscriberId: s.id, direction: "OUT", status: "SENT" } })).toBe(2);
  });

  it("two updates of one chat processed at once keep the conversation's state", async () => {
    await deliver(textUpdate(7004, "/start"));
    await deliver(textUpdate(7004, "Grace"));
    await Promise.all([processTelegramUpdates({ botId: bot.botId, chatId: 7004 }), processTelegramUpdates({ botId: bot.botId, chatId: 7004 })]);
    const s = await subscriberOf(7004);
    expect(s.variables).toMatchObject({ name: "Grace" });
    expect((s.conversationState as { currentNodeId: string }).currentNodeId).toBe("ask-email");
    expect(await db.telegramUpdate.count({ where: { botId: bot.botId, chatId: 7004n, processedAt: null } })).toBe(0);
    expect(await db.botMessage.count({ where: { subscriberId: s.id, direction: "IN" } })).toBe(2);
    expect(await db.botMessage.count({ where: { subscriberId: s.id, direction: "OUT" } })).toBe(3);
  });

  it("an update that fails is marked with its error and skipped; the chat's others are handled, in order", async () => {
    // A sender id that is no number breaks creating the subscriber (only the chat's first update creates it).
    const broken = { update_id: nextUpdateId(), message: { message_id: 1, date: 1, from: { id: "not-a-number", first_name: "X" }, chat: { id: 7006, type: "private" }, text: "boom" } };
    await db.telegramUpdate.create({ data: { botId: bot.botId, updateId: BigInt(broken.update_id), chatId: 7006n, payload: broken } }); // past the webhook's checks
    await deliver(textUpdate(7006, "second"));
    await deliver(textUpdate(7006, "third"));
    await processTelegramUpdates({ botId: bot.botId, chatId: 7006 });
    const rows = await db.telegramUpdate.findMany({ where: { botId: bot.botId, chatId: 7006n }, orderBy: { updateId: "asc" }, select: { processedAt: true, error: true } });
    expect(rows.every((r) => r.processedAt)).toBe(true);
    expect(rows.map((r) => Boolean(r.error))).toEqual([true, false, false]);
    const s = await subscriberOf(7006);
    const inbound = await db.botMessage.findMany({ where: { subscriberId: s.id, direction: "IN" }, orderBy: { createdAt: "asc" }, select: { text: true } });
    expect(inbound.map((m) => m.text)).toEqual(["second", "third"]);
  });
});
