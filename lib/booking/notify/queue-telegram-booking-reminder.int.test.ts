import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createStaffAndService, createTestBooking, createTestCustomer } from "@/test/dash-booking-factories";
import { createOrg } from "@/test/factories";
import { queueTelegramBookingReminder } from "./queue-telegram-booking-reminder";

// Integration: a booking reminder reaches the client's Telegram chat when they talk to a bot.
describe("Telegram booking reminder", () => {
  it("queues the reminder for the client's bot chat, and nothing for a client without one", async () => {
    const org = await createOrg();
    const bot = await createBot({ orgId: org.orgId });
    const { staff, service } = await createStaffAndService(org.orgId, { serviceName: "Portrait <session>" });
    const withChat = await createTestCustomer(org.orgId);
    const without = await createTestCustomer(org.orgId);
    const subscriber = await db.botSubscriber.create({ data: { orgId: org.orgId, botId: bot.botId, chatId: 8101n, telegramUserId: 8101n, customerId: withChat.id }, select: { id: true } });
    const startsAt = new Date("2030-05-06T10:00:00Z");
    const a = await createTestBooking({ orgId: org.orgId, serviceId: service.id, staffMemberId: staff.id, customerId: withChat.id, startsAt });
    const b = await createTestBooking({ orgId: org.orgId, serviceId: service.id, staffMemberId: staff.id, customerId: without.id, startsAt: new Date(startsAt.getTime() + 3 * 3600_000) });

    await db.$transaction((tx) => queueTelegramBookingReminder({ tx, bookingId: a.id, offsetMinutes: 60 }));
    await db.$transaction((tx) => queueTelegramBookingReminder({ tx, bookingId: b.id, offsetMinutes: 60 }));

    const queued = await db.botMessage.findMany({ where: { botId: bot.botId }, select: { subscriberId: true, status: true, direction: true, text: true } });
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ subscriberId: subscriber.id, status: "PENDING", direction: "OUT" });
    expect(queued[0].text).toContain("Reminder: <b>Portrait &lt;session&gt;</b>");
  });
});
