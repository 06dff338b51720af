import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, type Prisma } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { type FakeTelegram, startFakeTelegram } from "@/test/fakes/fake-telegram";
import { createSubscribers } from "../../../test/subscriber-helpers";
import { UNKNOWN_OUTCOME } from "./broadcast-deliveries";
import { runBroadcastSender } from "./run-broadcast-sender";

// Integration: the sender against the fake Telegram API on a real database.
let fake: FakeTelegram;
beforeAll(async () => {
  fake = await startFakeTelegram();
  process.env.TELEGRAM_API_ROOT = fake.url;
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

async function setup(count: number, extra: { blocked?: number } = {}) {
  const org = await createOrg();
  const bot = await createBot({ orgId: org.orgId });
  const subs = await createSubscribers({ orgId: org.orgId, botId: bot.botId, count, tags: ["vip"] });
  if (extra.blocked) await createSubscribers({ orgId: org.orgId, botId: bot.botId, count: extra.blocked, tags: ["vip"], status: "BLOCKED" });
  const broadcast = await db.broadcast.create({
    data: { orgId: org.orgId, botId: bot.botId, status: "SENDING", text: "Hi {{first_name}} <b>sale</b>", buttons: [{ text: "Shop", url: "https://shop.example" }] as Prisma.InputJsonValue, audience: { tags: ["vip"] } },
    select: { id: true },
  });
  return { org, bot, subs, broadcastId: broadcast.id };
}

const sendsTo = (token: string) => {
  const perChat = new Map<number, number>();
  for (const c of fake.callsOf("sendMessage", token)) perChat.set(Number(c.body.chat_id), (perChat.get(Number(c.body.chat_id)) ?? 0) + 1);
  return perChat;
};
const statuses = async (broadcastId: string) => Object.fromEntries((await db.broadcastDelivery.groupBy({ by: ["status"], where: { broadcastId }, _count: true })).map((g) => [g.status, g._count]));

describe("runBroadcastSender", () => {
  it("sends each recipient once with their name and the buttons, skips blocked ones, and finishes", async () => {
    const { bot, subs, broadcastId } = await setup(12, { blocked: 3 });
    expect(await runBroadcastSender({ botId: bot.botId, perSecond: 200 })).toBe("done");
    const perChat = sendsTo(bot.token);
    expect(perChat.size).toBe(12);
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
    const first = fake.callsOf("sendMessage", bot.token)[0].body;
    expect(first.text).toMatch(/^Hi Sub \d+ <b>sale<\/b>$/);
    expect(first.reply_markup).toEqual({ inline_keyboard: [[{ text: "Shop", url: "https://shop.example" }]] });
    const b = await db.broadcast.findUniqueOrThrow({ where: { id: broadcastId }, select: { status: true, totalCount: true, sentCount: true, finishedAt: true } });
    expect(b).toMatchObject({ status: "DONE", totalCount: 12, sentCount: 12 });
    expect(await db.botMessage.count({ where: { broadcastId, direction: "OUT", status: "SENT" } })).toBe(12);
    expect(subs).toHaveLength(12);
    // The finished broadcast is a campaign in Analytics with its deliveries as impressions.
    const campaign = await db.campaign.findUniqueOrThrow({ where: { broadcastId }, select: { channel: true, metrics: { select: { impressions: true } } } });
    expect(campaign.channel).toBe("telegram");
    expect(campaign.metrics.reduce((n, m) => n + m.impressions, 0)).toBe(12);
  });

  it("waits retry_after on a 429 and retries the same recipient; a 403 marks delivery and subscriber blocked", async () => {
    const { bot, subs, broadcastId } = await setup(5);
    fake.blockChat(Number(subs[2].chatId));
    fake.throttleNext(2, 1);
    const started = Date.now();
    await runBroadcastSender({ botId: bot.botId, perSecond: 200 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(await statuses(broadcastId)).toEqual({ SENT: 4, BLOCKED: 1 });
    // The two 429'd requests were retried (the same recipients) after the wait: 5 + 2 calls, nobody skipped.
    const calls = fake.callsOf("sendMessage", bot.token).map((c) => Number(c.body.chat_id));
    expect(calls).toHaveLength(7);
    expect(new Set(calls).size).toBe(5);
    expect(new Set(calls.slice(2)).size).toBe(5);
    const blocked = await db.botSubscriber.findUniqueOrThrow({ where: { id: subs[2].id }, select: { status: true, blockedAt: true } });
    expect(blocked.status).toBe("BLOCKED");
    expect((await db.broadcast.findUniqueOrThrow({ where: { id: broadcastId }, select: { blockedCount: true } })).blockedCount).toBe(1);
  });

  it("stops between messages when paused and finishes after resume; cancel leaves the rest unsent", async () => {
    const { bot, broadcastId } = await setup(30);
    const run = runBroadcastSender({ botId: bot.botId, perSecond: 20 });
    while (sendsTo(bot.token).size < 5) await new Promise((r) => setTimeout(r, 20));
    await db.broadcast.update({ where: { id: broadcastId }, data: { status: "PAUSED" } });
    expect(await run).toBe("done");
    const sentWhilePaused = sendsTo(bot.token).size;
    expect(sentWhilePaused).toBeLessThan(30);
    expect((await statuses(broadcastId)).SENDING).toBeUndefined();
    await db.broadcast.update({ where: { id: broadcastId }, data: { status: "SENDING" } });
    await runBroadcastSender({ botId: bot.botId, perSecond: 200 });
    expect(sendsTo(bot.token).size).toBe(30);
    expect([...sendsTo(bot.token).values()].every((n) => n === 1)).toBe(true);

    const other = await setup(20);
    const run2 = runBroadcastSender({ botId: other.bot.botId, perSecond: 20 });
    while (sendsTo(other.bot.token).size < 3) await new Promise((r) => setTimeout(r, 20));
    await db.broadcast.update({ where: { id: other.broadcastId }, data: { status: "CANCELED" } });
    await run2;
    const sent = sendsTo(other.bot.token).size;
    await runBroadcastSender({ botId: other.bot.botId, perSecond: 200 });
    expect(sendsTo(other.bot.token).size).toBe(sent);
    expect((await statuses(other.broadcastId)).PENDING).toBe(20 - sent);
  });

  it("stopped mid-run and restarted: nobody twice, nobody lost", async () => {
    const { bot, broadcastId } = await setup(60);
    const stop = new AbortController();
    const run = runBroadcastSender({ botId: bot.botId, perSecond: 100, signal: stop.signal });
    while (sendsTo(bot.token).size < 25) await new Promise((r) => setTimeout(r, 5));
    stop.abort();
    expect(await run).toBe("stopped");
    expect(await runBroadcastSender({ botId: bot.botId, perSecond: 200 })).toBe("done");
    const perChat = sendsTo(bot.token);
    expect(perChat.size).toBe(60);
    expect(Math.max(...perChat.values())).toBe(1);
    expect(await statuses(broadcastId)).toEqual({ SENT: 60 });
  });

  it("after a crash: claimed rows no request left for are sent, an in-flight one is never resent", async () => {
    const { bot, subs, broadcastId } = await setup(6);
    await runBroadcastSender({ botId: bot.botId, perSecond: 200 }).then(() => db.broadcast.update({ where: { id: broadcastId }, data: { status: "SENDING" } }));
    fake.reset();
    // The state a killed worker leaves: two rows claimed (one with its request out), PENDING rest.
    await db.broadcastDelivery.updateMany({ where: { broadcastId }, data: { status: "PENDING", attempts: 0, sentAt: null } });
    await db.broadcastDelivery.updateMany({ where: { broadcastId, subscriberId: subs[0].id }, data: { status: "SENDING", attempts: 1, claimedAt: new Date() } });
    await db.broadcastDelivery.updateMany({ where: { broadcastId, subscriberId: subs[1].id }, data: { status: "SENDING", attempts: 0, claimedAt: new Date() } });
    await runBroadcastSender({ botId: bot.botId, perSecond: 200 });
    const perChat = sendsTo(bot.token);
    expect(perChat.has(Number(subs[0].chatId))).toBe(false);
    expect(perChat.get(Number(subs[1].chatId))).toBe(1);
    expect(perChat.size).toBe(5);
    const unknown = await db.broadcastDelivery.findFirstOrThrow({ where: { broadcastId, subscriberId: subs[0].id }, select: { status: true, error: true } });
    expect(unknown).toEqual({ status: "FAILED", error: UNKNOWN_OUTCOME });
  });

  it("a second sender for the same bot does nothing while the first runs", async () => {
    const { bot } = await setup(10);
    const first = runBroadcastSender({ botId: bot.botId, perSecond: 20 });
    while (sendsTo(bot.token).size < 1) await new Promise((r) => setTimeout(r, 10));
    expect(await runBroadcastSender({ botId: bot.botId, perSecond: 200 })).toBe("busy");
    await first;
    expect([...sendsTo(bot.token).values()].every((n) => n === 1)).toBe(true);
  });
});
