import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/telegram/[botId]/route";
import { db } from "@/lib/db/client";
import { createBot, textUpdate, webhookRequest } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { type FakeTelegram, startFakeTelegram } from "@/test/fakes/fake-telegram";
import { LISTENER_NAME, startTelegramUpdateDrainer } from "./drain-telegram-updates";

// Integration: webhook -> TelegramUpdate rows -> the drainer (woken by NOTIFY) -> flow engine.
let fake: FakeTelegram;
let bot: Awaited<ReturnType<typeof createBot>>;

beforeAll(async () => {
  fake = await startFakeTelegram();
  process.env.TELEGRAM_API_ROOT = fake.url;
  bot = await createBot({ orgId: (await createOrg()).orgId });
});
afterAll(() => fake.close());

const deliver = async (update: { update_id: number }) => expect((await POST(webhookRequest(bot.botId, bot.webhookSecret, update), { params: Promise.resolve({ botId: bot.botId }) })).status).toBe(200);
const waiting = () => db.telegramUpdate.count({ where: { botId: bot.botId, processedAt: null } });

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 300 && !(await check()); i++) await new Promise((r) => setTimeout(r, 100));
}

describe("draining webhook updates", () => {
  it("handles every update once, each chat in order, with two drainers at once", async () => {
    const chats = [8101, 8102, 8103];
    const drainers = [startTelegramUpdateDrainer({ botId: bot.botId, pollMs: 60_000 }), startTelegramUpdateDrainer({ botId: bot.botId, pollMs: 60_000 })];
    try {
      for (let i = 0; i < 4; i++) await Promise.all(chats.map((chat) => deliver(textUpdate(chat, i === 0 ? "/start" : `message ${i}`))));
      await until(async () => (await waiting()) === 0);
      expect(await waiting()).toBe(0);
      for (const chat of chats) {
        const inbound = await db.botMessage.findMany({ where: { botId: bot.botId, direction: "IN", subscriber: { chatId: BigInt(chat) } }, orderBy: { createdAt: "asc" }, select: { text: true } });
        expect(inbound.map((m) => m.text)).toEqual(["/start", "message 1", "message 2", "message 3"]);
      }
      const subscriber = await db.botSubscriber.findUniqueOrThrow({ where: { botId_chatId: { botId: bot.botId, chatId: 8101n } }, select: { unreadCount: true, lastMessageText: true } });
      expect(subscriber.unreadCount).toBe(4);
      // The welcome flow answered /start and took "message 1" as the name it asked for.
      const replies = await db.botMessage.findMany({ where: { botId: bot.botId, direction: "OUT", subscriber: { chatId: 8101n } }, orderBy: { createdAt: "asc" }, select: { text: true } });
      expect(replies.map((r) => r.text).slice(0, 3)).toEqual(["Hi Ada! Welcome to <b>Frontdesk</b>.", "What should we call you?", "Nice to meet you, message 1. What is your email?"]);
    } finally {
      await Promise.all(drainers.map((d) => d.stop()));
    }
  });

  it("picks up updates recorded while no drainer ran", async () => {
    await deliver(textUpdate(8104, "/start"));
    const drainer = startTelegramUpdateDrainer({ botId: bot.botId, pollMs: 60_000 });
    try {
      await until(async () => (await waiting()) === 0);
      expect(await waiting()).toBe(0);
    } finally {
      await drainer.stop();
    }
  });

  it("listens again after its connection is cut, and drains what came meanwhile", async () => {
    const drainer = startTelegramUpdateDrainer({ botId: bot.botId, pollMs: 60_000 });
    try {
      await until(async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = ${LISTENER_NAME}`)[0].n > 0);
      await db.$queryRaw`SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE application_name = ${LISTENER_NAME}`; // drainers only (they listen again)
      await deliver(textUpdate(8105, "/start"));
      await until(async () => (await waiting()) === 0);
      expect(await waiting()).toBe(0);
    } finally {
      await drainer.stop();
    }
  }, 60_000);
});
