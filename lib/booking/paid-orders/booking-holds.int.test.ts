import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getBoss } from "@/lib/jobs/boss";
import { createBookingRow } from "@/test/factories";
import type { FakeStripe } from "@/test/fakes/fake-stripe";
import { completedEvent, heldBookingWithSession, postEvent, useFakeStripe } from "@/test/payments-helpers";
import { expireBookingHold, scheduleBookingHoldExpiry } from "./booking-holds";
import { runBookingHoldJob, sweepBookingHolds } from "./booking-holds";

let fake: FakeStripe;
beforeAll(async () => (fake = await useFakeStripe()));
afterAll(async () => {
  await fake.close();
  await (await getBoss()).stop({ graceful: false, wait: true });
});

const past = () => new Date(Date.now() - 60_000);
const state = async (bookingId: string) => {
  const b = await db.booking.findUniqueOrThrow({ where: { id: bookingId }, select: { status: true, updatedAt: true, order: { select: { status: true, updatedAt: true } } } });
  return { booking: b.status, order: b.order?.status, updatedAt: [b.updatedAt.getTime(), b.order?.updatedAt.getTime()] };
};
const expireCalls = (sessionId: string) => fake.requests.filter((r) => r.path === `/v1/checkout/sessions/${sessionId}/expire`).length;

describe("booking hold expiry", () => {
  it("frees the slot: booking and order EXPIRED, the session expired at Stripe, another client can book the time", async () => {
    const held = await heldBookingWithSession({ holdExpiresAt: past() });
    const sameTime = () => createBookingRow({ orgId: held.orgId, service: held.service, staffMemberId: held.staffMemberId, startsAt: held.startsAt, status: "CONFIRMED" });
    await expect(sameTime()).rejects.toThrow(/Booking_no_overlap|23P01/);

    expect(await expireBookingHold(held.bookingId)).toEqual({ expired: true });
    expect(await state(held.bookingId)).toMatchObject({ booking: "EXPIRED", order: "EXPIRED" });
    expect(fake.sessions.get(held.sessionId)!.status).toBe("expired");
    await expect(sameTime()).resolves.toBeTruthy();
  });

  it("is idempotent: a second run changes nothing", async () => {
    const held = await heldBookingWithSession({ holdExpiresAt: past() });
    await expireBookingHold(held.bookingId);
    const first = await state(held.bookingId);
    expect(await expireBookingHold(held.bookingId)).toEqual({ expired: false });
    expect(await state(held.bookingId)).toEqual(first);
    expect(expireCalls(held.sessionId)).toBeGreaterThanOrEqual(1);
  });

  it("leaves a hold that is not due yet, and a booking whose order was paid", async () => {
    const notDue = await heldBookingWithSession();
    expect(await expireBookingHold(notDue.bookingId)).toEqual({ expired: false });
    expect(await state(notDue.bookingId)).toMatchObject({ booking: "PENDING_PAYMENT", order: "PENDING" });
    expect(expireCalls(notDue.sessionId)).toBe(0);

    const paid = await heldBookingWithSession({ holdExpiresAt: past() });
    await db.order.update({ where: { id: paid.orderId }, data: { status: "PAID", paidAt: new Date() } });
    expect(await expireBookingHold(paid.bookingId)).toEqual({ expired: false });
    expect(await state(paid.bookingId)).toMatchObject({ booking: "PENDING_PAYMENT", order: "PAID" });
    expect(fake.sessions.get(paid.sessionId)!.status).toBe("open");
  });

  it("racing the payment webhook, the booking ends confirmed and paid, never expired with a paid order", async () => {
    for (let i = 0; i < 5; i++) {
      const held = await heldBookingWithSession({ holdExpiresAt: past() });
      const event = completedEvent(fake, held.sessionId);
      await Promise.all([expireBookingHold(held.bookingId), postEvent(event)]);
      expect(await state(held.bookingId)).toMatchObject({ booking: "CONFIRMED", order: "PAID" });
    }
  });

  it("retries the Stripe call when Stripe is down, without expiring twice", async () => {
    const held = await heldBookingWithSession({ holdExpiresAt: past() });
    fake.failNext(3); // the SDK retries twice, so the whole call fails
    await expect(expireBookingHold(held.bookingId)).rejects.toThrow();
    expect(await state(held.bookingId)).toMatchObject({ booking: "EXPIRED", order: "EXPIRED" });
    expect(fake.sessions.get(held.sessionId)!.status).toBe("open");
    await runBookingHoldJob({ bookingId: held.bookingId }); // pg-boss retries the job
    expect(fake.sessions.get(held.sessionId)!.status).toBe("expired");
  });

  it("scheduleBookingHoldExpiry queues the job for the hold's end", async () => {
    const held = await heldBookingWithSession();
    const at = new Date(Date.now() + 10 * 60_000);
    await scheduleBookingHoldExpiry(held.bookingId, at);
    const rows = await db.$queryRaw<{ data: { bookingId: string }; start_after: Date }[]>`SELECT data, start_after FROM pgboss.job WHERE name = 'booking.expire-hold' AND data->>'bookingId' = ${held.bookingId}`;
    expect(rows).toHaveLength(1);
    expect(Math.abs(rows[0].start_after.getTime() - at.getTime())).toBeLessThan(1000);
  });
});

describe("hold sweep (once a minute)", () => {
  it("expires every overdue hold, leaves the rest, and refunds a late payment whose refund was missed", async () => {
    const overdue = await Promise.all([heldBookingWithSession({ holdExpiresAt: past() }), heldBookingWithSession({ holdExpiresAt: past() })]);
    const fresh = await heldBookingWithSession();
    // A late payment left PAID on an EXPIRED booking (the after-commit refund crashed).
    const late = await heldBookingWithSession({ holdExpiresAt: past() });
    const pi = fake.completeSession(late.sessionId).payment_intent as string;
    await db.booking.update({ where: { id: late.bookingId }, data: { status: "EXPIRED" } });
    await db.order.update({ where: { id: late.orderId }, data: { status: "PAID", paidAt: new Date(Date.now() - 5 * 60_000), stripePaymentIntentId: pi } });

    const result = await sweepBookingHolds();
    expect(result.expired).toBeGreaterThanOrEqual(2);
    expect(result.refunded).toBeGreaterThanOrEqual(1);
    for (const o of overdue) expect(await state(o.bookingId)).toMatchObject({ booking: "EXPIRED", order: "EXPIRED" });
    expect(await state(fresh.bookingId)).toMatchObject({ booking: "PENDING_PAYMENT", order: "PENDING" });
    expect(await state(late.bookingId)).toMatchObject({ booking: "EXPIRED", order: "REFUNDED" });
    expect(fake.refunds.filter((r) => r.payment_intent === pi)).toHaveLength(1);

    await sweepBookingHolds();
    expect(fake.refunds.filter((r) => r.payment_intent === pi)).toHaveLength(1);
  });
});
