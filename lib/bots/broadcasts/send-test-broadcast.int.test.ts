import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createOrg, createUser } from "@/test/factories";
import { type FakeTelegram, startFakeTelegram } from "@/test/fakes/fake-telegram";
import { sendBotMessages } from "../runtime/send-bot-messages";
import { createSubscribers } from "../../../test/subscriber-helpers";
import { countSavedAudience } from "./broadcast-audience";
import { sendTestBroadcast } from "./send-test-broadcast";

// Integration: a draft's page counts its audience as it is now, and "Send test to me" sends the
// draft to the user's own chat with the bot (their customer has the user's email) through the
// bot's send queue, to the fake Telegram API, leaving the broadcast untouched.
let fake: FakeTelegram;
beforeAll(async () => {
  fake = await startFakeTelegram();
  process.env.TELEGRAM_API_ROOT = fake.url;
});
afterAll(() => fake.close());

describe("a broadcast before it goes out", () => {
  it("counts its audience now and sends a test only to the user's own chat", async () => {
    const org = await createOrg();
    const bot = await createBot({ orgId: org.orgId });
    const scope = { orgId: org.orgId, botId: bot.botId };
    const user = await db.user.findUniqueOrThrow({ where: { id: org.userId }, select: { email: true } });
    const me = await db.customer.create({ data: { orgId: org.orgId, name: "Sam Owner", email: user.email.toUpperCase() }, select: { id: true } });
    const [mine] = await createSubscribers({ ...scope, count: 1, customerId: me.id, firstName: "Sam", variables: { city: "Berlin" } });
    await createSubscribers({ ...scope, count: 2, tags: ["vip"] });
    await createSubscribers({ ...scope, count: 1, tags: ["vip"], status: "BLOCKED" });
    const draft = await db.broadcast.create({
      data: { ...scope, status: "DRAFT", name: "VIP", text: "Hi {{first_name}} from {{city}}, <b>VIPs</b> only", buttons: [{ text: "Shop", url: "https://shop.example/vip" }], audience: { tags: ["vip"] } },
      select: { id: true },
    });

    expect(await countSavedAudience({ ...scope, audience: { tags: ["vip"] } })).toBe(2); // the blocked one never counts
    expect(await countSavedAudience({ ...scope, audience: { tags: [] } })).toBe(3);
    expect(await countSavedAudience({ ...scope, audience: { tags: [], segmentId: "gone" } })).toBeNull();

    const result = await sendTestBroadcast({ ...scope, broadcastId: draft.id, userId: org.userId });
    expect(result.to).toMatch(/^Sam 1/);
    await sendBotMessages({ subscriberId: mine.id });
    const sent = fake.callsOf("sendMessage", bot.token).filter((c) => c.body.chat_id === Number(mine.chatId));
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toMatchObject({ text: "Hi Sam 1 from Berlin, <b>VIPs</b> only", parse_mode: "HTML", reply_markup: { inline_keyboard: [[{ text: "Shop", url: "https://shop.example/vip" }]] } });
    expect(await db.botMessage.findFirst({ where: { subscriberId: mine.id, direction: "OUT" }, select: { sentByUserId: true, broadcastId: true, status: true } })).toEqual({ sentByUserId: org.userId, broadcastId: null, status: "SENT" });
    // The broadcast itself is as it was: a draft, no recipients, nothing counted.
    expect(await db.broadcast.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, totalCount: true, sentCount: true, _count: { select: { deliveries: true } } } })).toEqual({
      status: "DRAFT",
      totalCount: 0,
      sentCount: 0,
      _count: { deliveries: 0 },
    });

    // A colleague without a linked chat is told how to link it; nothing is queued.
    const colleague = await createUser();
    await db.membership.create({ data: { orgId: org.orgId, userId: colleague.id, role: "STAFF" } });
    const before = await db.botMessage.count({ where: { botId: bot.botId } });
    // Read before the call: an await inside the matcher would leave the rejection unhandled for a moment.
    const { username } = await db.bot.findUniqueOrThrow({ where: { id: bot.botId } });
    await expect(sendTestBroadcast({ ...scope, broadcastId: draft.id, userId: colleague.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(`open t.me/${username} in Telegram, press Start and give the bot ${colleague.email}`),
    });
    expect(await db.botMessage.count({ where: { botId: bot.botId } })).toBe(before);

    // Not for one that went out, nor for another org.
    await db.broadcast.update({ where: { id: draft.id }, data: { status: "DONE" } });
    await expect(sendTestBroadcast({ ...scope, broadcastId: draft.id, userId: org.userId })).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await createOrg();
    await expect(sendTestBroadcast({ orgId: other.orgId, botId: bot.botId, broadcastId: draft.id, userId: other.userId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
