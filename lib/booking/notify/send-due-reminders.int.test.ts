import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createStaffAndService, createTestBooking } from "@/test/dash-booking-factories";
import { createOrg } from "@/test/factories";
import { cancelBooking } from "../lifecycle/cancel-booking";
import { sendDueReminders } from "./send-due-reminders";

// Integration: reminders on a real database, with `now` moved by hand. Each test has its own
// org and the runs are narrowed to it, so parallel test files are never reminded.
const MIN = 60_000;
const HOUR = 60 * MIN;

async function setup(offsets?: number[]) {
  const org = await createOrg();
  const { staff, service } = await createStaffAndService(org.orgId, { serviceName: "Haircut", reminderOffsetsMinutes: offsets });
  const book = (startsAt: Date, status: "CONFIRMED" | "PENDING_CONFIRMATION" = "CONFIRMED", minutes = 60) => createTestBooking({ orgId: org.orgId, serviceId: service.id, staffMemberId: staff.id, startsAt, status, minutes });
  const run = (now: Date) => sendDueReminders({ now, orgIds: [org.orgId] });
  const sent = (bookingId: string) => db.bookingReminder.findMany({ where: { bookingId }, orderBy: { sentAt: "asc" }, select: { offsetMinutes: true, startsAt: true } });
  const emails = (bookingId: string) => db.booking.findUniqueOrThrow({ where: { id: bookingId } }).then((b) => db.emailOutbox.findMany({ where: { orgId: org.orgId, to: b.clientEmail }, orderBy: { createdAt: "asc" } }));
  return { org, book, run, sent, emails };
}

// A start well in the future, on a whole minute, so the real clock never makes it "past".
const start = (daysAhead: number) => new Date(Math.floor((Date.now() + daysAhead * 24 * HOUR) / MIN) * MIN);

describe("sendDueReminders", () => {
  let t: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    t = await setup();
  });

  it("sends the 24 h and then the 1 h reminder, each once, and nothing before, between or after", async () => {
    const at = start(10);
    const bk = await t.book(at);
    expect(await t.run(new Date(at.getTime() - 24 * HOUR - MIN))).toEqual({ sent: 0 });
    expect(await t.run(new Date(at.getTime() - 24 * HOUR))).toEqual({ sent: 1 });
    expect(await t.run(new Date(at.getTime() - 23 * HOUR))).toEqual({ sent: 0 });
    expect(await t.run(new Date(at.getTime() - 61 * MIN))).toEqual({ sent: 0 });
    expect(await t.run(new Date(at.getTime() - 59 * MIN))).toEqual({ sent: 1 });
    expect(await t.run(new Date(at.getTime() - 10 * MIN))).toEqual({ sent: 0 });
    expect(await t.run(new Date(at.getTime() + MIN))).toEqual({ sent: 0 });
    expect((await t.sent(bk.id)).map((r) => r.offsetMinutes)).toEqual([1440, 60]);
    const mails = await t.emails(bk.id);
    expect(mails.map((m) => m.subject)).toEqual(["Reminder: Haircut tomorrow", "Reminder: Haircut in 1 hour"]);
    // In the client's zone (the factory books from New York), with the signed manage link.
    expect(mails[0].html).toContain("America/New_York");
    expect(mails[0].text).toMatch(/Manage: http.*\/book\/manage\//);
  });

  it("gives a booking made 30 minutes before its start only the 1 h reminder, not a late 24 h one", async () => {
    const at = start(11);
    const bk = await t.book(at);
    expect(await t.run(new Date(at.getTime() - 30 * MIN))).toEqual({ sent: 1 });
    expect(await t.run(new Date(at.getTime() - 20 * MIN))).toEqual({ sent: 0 });
    expect((await t.sent(bk.id)).map((r) => r.offsetMinutes)).toEqual([60]);
  });

  it("never sends twice under concurrent runs", async () => {
    const ats = [0, 10, 20].map((m) => new Date(start(12).getTime() + m * MIN));
    const bks = await Promise.all(ats.map((at) => t.book(at, "CONFIRMED", 10)));
    const now = new Date(ats[0].getTime() - 30 * MIN); // all three are due (1 h)
    const results = await Promise.all(Array.from({ length: 6 }, () => t.run(now)));
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(3);
    for (const bk of bks) {
      expect(await t.sent(bk.id)).toHaveLength(1);
      expect(await t.emails(bk.id)).toHaveLength(1);
    }
  });

  it("sends nothing for a canceled booking, and nothing more once one is canceled", async () => {
    const a = start(14);
    const canceledEarly = await t.book(a);
    await cancelBooking({ orgId: t.org.orgId, bookingId: canceledEarly.id, by: "staff" });
    const b = start(15);
    const canceledLater = await t.book(b);
    expect(await t.run(new Date(b.getTime() - 23 * HOUR))).toEqual({ sent: 1 });
    await cancelBooking({ orgId: t.org.orgId, bookingId: canceledLater.id, by: "staff" });
    expect(await t.run(new Date(a.getTime() - 30 * MIN))).toEqual({ sent: 0 });
    expect(await t.run(new Date(b.getTime() - 30 * MIN))).toEqual({ sent: 0 });
    expect(await t.sent(canceledEarly.id)).toEqual([]);
    expect((await t.sent(canceledLater.id)).map((r) => r.offsetMinutes)).toEqual([1440]);
  });

  it("reminds a rescheduled booking again for its new time", async () => {
    const first = start(16);
    const bk = await t.book(first);
    expect(await t.run(new Date(first.getTime() - 23 * HOUR))).toEqual({ sent: 1 });
    const moved = new Date(first.getTime() + 2 * 24 * HOUR);
    await db.booking.update({ where: { id: bk.id }, data: { startsAt: moved, endsAt: new Date(moved.getTime() + HOUR), blockedFrom: moved, blockedUntil: new Date(moved.getTime() + HOUR) } });
    expect(await t.run(new Date(first.getTime() - 22 * HOUR))).toEqual({ sent: 0 });
    expect(await t.run(new Date(moved.getTime() - 23 * HOUR))).toEqual({ sent: 1 });
    expect((await t.sent(bk.id)).map((r) => [r.offsetMinutes, r.startsAt.toISOString()])).toEqual([
      [1440, first.toISOString()],
      [1440, moved.toISOString()],
    ]);
  });

  it("skips bookings that are not confirmed and uses the service's own offsets", async () => {
    const pending = await t.book(start(17), "PENDING_CONFIRMATION");
    expect(await t.run(new Date(start(17).getTime() - 30 * MIN))).toEqual({ sent: 0 });
    expect(await t.sent(pending.id)).toEqual([]);

    const custom = await setup([180]);
    const at = start(18);
    const bk = await custom.book(at);
    expect(await custom.run(new Date(at.getTime() - 24 * HOUR))).toEqual({ sent: 0 });
    expect(await custom.run(new Date(at.getTime() - 3 * HOUR))).toEqual({ sent: 1 });
    expect(await custom.run(new Date(at.getTime() - 30 * MIN))).toEqual({ sent: 0 });
    expect((await custom.sent(bk.id)).map((r) => r.offsetMinutes)).toEqual([180]);
    expect((await custom.emails(bk.id))[0].subject).toBe("Reminder: Haircut in 3 hours");
  });
});
