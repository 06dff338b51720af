import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBookableService, createOrg, uid } from "@/test/factories";
import type { FakeStripe } from "@/test/fakes/fake-stripe";
import { completedEvent, heldBookingWithSession, postEvent, refundedEvent, useFakeStripe, closeFakeStripe } from "@/test/payments-helpers";
import { daysAheadAt } from "../../../test/booking-time";
import { cancelBooking } from "./cancel-booking";
import { createBooking } from "./create-booking";
import { expireBookingHold } from "../paid-orders/booking-holds";
import { loadBookingPage } from "../public/load-booking-page";
import { refundUnhonouredPayment } from "../paid-orders/refund-unhonoured-payment";
import { rescheduleBooking } from "./reschedule-booking";
import { sendBookingConfirmation } from "../notify/send-booking-confirmation";
import { updateBookingStatus } from "./update-booking-status";

// Every change of a booking, by anyone, is in its history with who and when; and news about a
// booking goes out only while it is still true.
let fake: FakeStripe;
beforeAll(async () => (fake = await useFakeStripe()));
afterAll(() => closeFakeStripe(fake));

async function setup() {
  const org = await createOrg();
  const service = await createBookableService({ orgId: org.orgId, cancellationCutoffHours: 24 });
  const book = (startsAt: Date) =>
    createBooking({ orgId: org.orgId, serviceId: service.id, staffMemberId: service.staff[0].id, startsAt, source: "public", client: { name: "Bo Client", email: `bo-${uid()}@test.dev`, timeZone: "Europe/Berlin" } }).then((r) => r.bookingId);
  const member = await db.user.findUniqueOrThrow({ where: { id: org.userId }, select: { name: true } });
  return { ...org, book, memberName: member.name! };
}

const history = async (orgId: string, bookingId: string) => (await loadBookingPage({ orgId, bookingId })).history.map(({ action, by, reason, movedFrom, movedTo, refunded }) => ({ action, by, reason, movedFrom, movedTo, refunded }));

describe("booking history", () => {
  it("records a client's and a staff member's reschedule with who, from and to", async () => {
    const { orgId, userId, book, memberName } = await setup();
    const [first, second, third] = [daysAheadAt(3, "10:00"), daysAheadAt(4, "15:00"), daysAheadAt(5, "09:00")];
    const id = await book(first);
    await rescheduleBooking({ orgId, bookingId: id, startsAt: second, by: "client" });
    await rescheduleBooking({ orgId, bookingId: id, startsAt: third, by: "staff", actorUserId: userId });
    expect(await history(orgId, id)).toEqual([
      { action: "booking.rescheduled", by: "Bo Client (client)", reason: null, movedFrom: first, movedTo: second, refunded: false },
      { action: "booking.rescheduled", by: memberName, reason: null, movedFrom: second, movedTo: third, refunded: false },
    ]);
  });

  it("records a client's cancel, and a staff cancel once, with the member", async () => {
    const { orgId, userId, book, memberName } = await setup();
    const byClient = await book(daysAheadAt(3, "11:00"));
    await cancelBooking({ orgId, bookingId: byClient, by: "client", reason: "Feeling ill" });
    await cancelBooking({ orgId, bookingId: byClient, by: "client" }); // idempotent: no second row
    expect(await history(orgId, byClient)).toEqual([{ action: "booking.canceled", by: "Bo Client (client)", reason: "Feeling ill", movedFrom: null, movedTo: null, refunded: false }]);

    const byStaff = await book(daysAheadAt(3, "13:00"));
    await updateBookingStatus({ orgId, bookingId: byStaff, action: "cancel", actorUserId: userId, reason: "Closed" });
    expect(await history(orgId, byStaff)).toEqual([{ action: "booking.canceled", by: memberName, reason: "Closed", movedFrom: null, movedTo: null, refunded: false }]);
  });

  it("records the system's changes: payment, a refund from Stripe, hold expiry, a late payment refunded", async () => {
    const org = await createOrg();
    const paid = await heldBookingWithSession({ org });
    expect((await postEvent(completedEvent(fake, paid.sessionId))).status).toBe(200);
    expect((await postEvent(refundedEvent(fake, paid.sessionId))).status).toBe(200);
    expect(await history(org.orgId, paid.bookingId)).toMatchObject([
      { action: "booking.paid", by: null },
      { action: "booking.canceled", by: null, reason: "Payment refunded", refunded: true },
    ]);
    // The client hears of the cancel (a confirmation first, then the cancellation).
    const subjects = (await db.emailOutbox.findMany({ where: { orgId: org.orgId }, orderBy: { createdAt: "asc" }, select: { subject: true } })).map((e) => e.subject);
    expect(subjects.map((s) => s.split(":")[0])).toEqual(["Booking confirmed", "Booking canceled"]);

    const lapsed = await heldBookingWithSession({ org, holdExpiresAt: new Date(Date.now() - 60_000) });
    await expireBookingHold(lapsed.bookingId);
    expect(await history(org.orgId, lapsed.bookingId)).toMatchObject([{ action: "booking.expired", by: null }]);

    const late = await heldBookingWithSession({ org });
    await cancelBooking({ orgId: org.orgId, bookingId: late.bookingId, by: "staff" });
    expect((await postEvent(completedEvent(fake, late.sessionId))).status).toBe(200);
    expect(await refundUnhonouredPayment(late.bookingId)).toBe(false); // already refunded after the webhook: no second row
    expect((await history(org.orgId, late.bookingId)).map((h) => h.action)).toEqual(["booking.canceled", "booking.refunded"]);
  });
});

describe("booking news only while it is true", () => {
  it("does not confirm a booking canceled before the confirmation job ran (a refund racing the payment)", async () => {
    const org = await createOrg();
    const held = await heldBookingWithSession({ org });
    // The refund lands first; the payment's after-commit confirmation runs late.
    await db.booking.update({ where: { id: held.bookingId }, data: { status: "CANCELED", canceledAt: new Date(), canceledBy: "system", cancelReason: "Payment refunded" } });
    await sendBookingConfirmation(held.bookingId);
    expect(await db.emailOutbox.count({ where: { orgId: org.orgId } })).toBe(0);
    expect(await db.botMessage.count({ where: { orgId: org.orgId } })).toBe(0);
  });

  it("racing payment and refund, a client never ends with only a confirmation for a canceled booking", async () => {
    const org = await createOrg();
    for (let round = 0; round < 4; round++) {
      const held = await heldBookingWithSession({ org });
      const pay = completedEvent(fake, held.sessionId);
      const refund = refundedEvent(fake, held.sessionId);
      await Promise.all(round % 2 ? [postEvent(pay), postEvent(refund)] : [postEvent(refund), postEvent(pay)]);
      const booking = await db.booking.findUniqueOrThrow({ where: { id: held.bookingId }, select: { status: true, clientEmail: true } });
      expect(booking.status).toBe("CANCELED");
      const subjects = (await db.emailOutbox.findMany({ where: { orgId: org.orgId, to: booking.clientEmail }, orderBy: { createdAt: "asc" }, select: { subject: true } })).map((e) => e.subject.split(":")[0]);
      if (subjects.includes("Booking confirmed")) expect(subjects.at(-1)).not.toBe("Booking confirmed");
    }
  });
});
