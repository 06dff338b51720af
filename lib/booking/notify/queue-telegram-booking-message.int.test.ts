import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/book/[org]/[service]/bookings/route";
import { sendBotMessages } from "@/lib/bots/runtime/send-bot-messages";
import { db } from "@/lib/db/client";
import { createBot, startTelegramWithBot } from "@/test/bot-factories";
import { stopJobQueue } from "@/test/jobs-helpers";
import { createSubscriberWithRef } from "@/test/bot-commerce-factories";
import { createBookableService, createOrg, uid } from "@/test/factories";
import type { FakeTelegram } from "@/test/fakes/fake-telegram";
import { daysAheadAt } from "../../../test/booking-time";
import { cancelBooking } from "../lifecycle/cancel-booking";
import { createBooking } from "../lifecycle/create-booking";
import { bookingTelegramMessage } from "./queue-telegram-booking-message";
import { sendDueReminders } from "./send-due-reminders";
import { updateBookingStatus } from "../lifecycle/update-booking-status";

// Integration: bookings from a bot link (JSON API, real database) join the subscriber's customer;
// the confirmation, status changes and reminders reach the chat through telegram.send (fake API).
let fake: FakeTelegram;
let org: Awaited<ReturnType<typeof createOrg>>;
let bot: Awaited<ReturnType<typeof createBot>>;

beforeAll(async () => void ({ fake, org, bot } = await startTelegramWithBot()));
afterAll(async () => {
  await fake.close();
  await stopJobQueue();
});

async function book(service: { slug: string }, start: Date, ref?: string, orgSlug = org.slug) {
  const email = `client-${uid()}@test.dev`;
  const body = { start: start.toISOString(), name: "Bo Client", email, tz: "America/New_York", ...(ref === undefined ? {} : { ref }) };
  const res = await POST(new Request("http://localhost/api/book", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }), { params: Promise.resolve({ org: orgSlug, service: service.slug }) });
  expect(res.status).toBe(201);
  const { bookingId } = (await res.json()) as { bookingId: string };
  return { bookingId, email, row: await db.booking.findUniqueOrThrow({ where: { id: bookingId }, select: { botRef: true, source: true, customerId: true, status: true } }) };
}

const texts = (subscriberId: string) => db.botMessage.findMany({ where: { subscriberId, direction: "OUT" }, orderBy: { createdAt: "asc" }, select: { text: true } }).then((rows) => rows.map((r) => r.text));

describe("bookings from a bot link", () => {
  it("keeps the ref, books the subscriber's customer, and sends the confirmation and the reminder to the chat", async () => {
    const service = await createBookableService({ orgId: org.orgId });
    const s = await createSubscriberWithRef({ orgId: org.orgId, botId: bot.botId });
    const start = daysAheadAt(3, "10:00");
    const { bookingId, email, row } = await book(service, start, s.ref);
    expect(row).toMatchObject({ botRef: s.ref, source: "telegram", customerId: s.customerId, status: "CONFIRMED" });
    expect((await db.customer.findUniqueOrThrow({ where: { id: s.customerId! } })).email).toBe(email);
    expect(await db.emailOutbox.count({ where: { orgId: org.orgId, to: email } })).toBe(1);
    const [confirmation] = await texts(s.subscriberId);
    expect(confirmation).toContain("is confirmed");
    expect(confirmation).toContain("(America/New_York)");

    expect(await sendDueReminders({ now: new Date(start.getTime() - 60 * 60_000), orgIds: [org.orgId] })).toEqual({ sent: 1 });
    expect((await texts(s.subscriberId))[1]).toMatch(/^⏰ Reminder: <b>Service [^<]+<\/b> in 1 hour, with Staff A/);
    await sendBotMessages({ subscriberId: s.subscriberId });
    const calls = fake.callsOf("sendMessage", bot.token).filter((c) => c.body.chat_id === s.chatId);
    expect(calls).toHaveLength(2);
    const button = (calls[1].body.reply_markup as { inline_keyboard: { text: string; url: string }[][] }).inline_keyboard[0][0];
    expect(button.url).toMatch(new RegExp(`/book/manage/${Buffer.from(bookingId).toString("base64url")}\\.`));
  });

  it("staff confirming a request and cancelling it: each reaches the chat", async () => {
    const service = await createBookableService({ orgId: org.orgId, requiresConfirmation: true });
    const s = await createSubscriberWithRef({ orgId: org.orgId, botId: bot.botId });
    const { bookingId } = await book(service, daysAheadAt(4, "11:00"), s.ref);
    await updateBookingStatus({ orgId: org.orgId, bookingId, action: "confirm", actorUserId: org.userId });
    await cancelBooking({ orgId: org.orgId, bookingId, by: "staff" });
    const sent = await texts(s.subscriberId);
    expect(sent).toHaveLength(3);
    expect(sent[0]).toContain("has received your booking request");
    expect(sent[1]).toContain("confirmed your booking");
    expect(sent[2]).toContain("has been canceled by the business");
  });

  it("a subscriber who blocked the bot gets the email only", async () => {
    const service = await createBookableService({ orgId: org.orgId });
    const s = await createSubscriberWithRef({ orgId: org.orgId, botId: bot.botId, status: "BLOCKED" });
    const { email, row } = await book(service, daysAheadAt(3, "12:00"), s.ref);
    expect(row).toMatchObject({ botRef: s.ref, customerId: s.customerId });
    expect(await db.emailOutbox.count({ where: { orgId: org.orgId, to: email } })).toBe(1);
    expect(await texts(s.subscriberId)).toEqual([]);
  });

  it("ignores another org's subscriber ref and a forged one", async () => {
    const other = await createOrg();
    const otherBot = await createBot({ orgId: other.orgId });
    const foreign = await createSubscriberWithRef({ orgId: other.orgId, botId: otherBot.botId });
    const service = await createBookableService({ orgId: org.orgId });
    for (const [i, ref] of [foreign.ref, `${foreign.ref}x`, ""].entries()) {
      const { row } = await book(service, daysAheadAt(3, `${13 + i}:00`), ref);
      expect(row).toMatchObject({ botRef: null, source: "public" });
      expect(row.customerId).not.toBe(foreign.customerId);
    }
    expect(await texts(foreign.subscriberId)).toEqual([]);
  });

  it("a client who talks to the bot hears about a booking staff made for them, without a link", async () => {
    const service = await createBookableService({ orgId: org.orgId });
    const s = await createSubscriberWithRef({ orgId: org.orgId, botId: bot.botId, email: `tg-${uid()}@test.dev` });
    await createBooking({
      orgId: org.orgId,
      serviceId: service.id,
      staffMemberId: null,
      startsAt: daysAheadAt(5, "09:00"),
      client: { name: "Tg Person", email: "x@test.dev", timeZone: "Europe/Berlin" },
      source: "dashboard",
      customerId: s.customerId,
      skipPaymentAndConfirmation: true,
    });
    expect(await texts(s.subscriberId)).toEqual([expect.stringContaining("is confirmed")]);
  });
});

describe("bookingTelegramMessage", () => {
  const booking = { id: "bk1", status: "CONFIRMED", startsAt: new Date("2026-03-29T08:30:00Z"), clientTimeZone: "Asia/Tokyo", canceledBy: null, org: { name: "A & B <Salon>" }, service: { name: "Cut <short>" }, staffMember: { name: "Kim" } };

  it("escapes names, shows the time in the client's zone, and offers the manage link while the booking stands", () => {
    const message = bookingTelegramMessage("rescheduled", booking);
    expect(message.text).toBe("🔁 Your booking at A &amp; B &lt;Salon&gt; has moved to a new time.\n\n<b>Cut &lt;short&gt;</b> with Kim\nSunday, March 29, 2026 at 5:30 PM GMT+9 (Asia/Tokyo)");
    expect(message.buttons?.[0][0]).toMatchObject({ text: "Cancel or reschedule", url: expect.stringContaining("/book/manage/") });
    expect(bookingTelegramMessage("declined", booking).buttons).toBeUndefined();
    expect(bookingTelegramMessage("reminder", booking, 1440).text).toMatch(/^⏰ Reminder: <b>Cut &lt;short&gt;<\/b> tomorrow, with Kim\n/);
  });
});
