import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeBookingStatusAction } from "@/app/(dashboard)/[org]/bookings/actions";
import { db } from "@/lib/db/client";
import { createOrg, form, signInAs } from "@/test/factories";
import type { FakeStripe } from "@/test/fakes/fake-stripe";
import { completedEvent, heldBookingWithSession, postEvent, useFakeStripe, closeFakeStripe } from "@/test/payments-helpers";
import { cancelBooking } from "./cancel-booking";

// A staff cancel and the payment webhook for the same booking at the same moment: whichever
// takes the order's row lock first, the end is one consistent state: booking CANCELED, the
// money refunded exactly once.
let fake: FakeStripe;
beforeAll(async () => (fake = await useFakeStripe()));
afterAll(() => closeFakeStripe(fake));

const state = async (bookingId: string, orderId: string) => ({
  booking: (await db.booking.findUniqueOrThrow({ where: { id: bookingId }, select: { status: true } })).status,
  order: (await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } })).status,
});

describe("cancelBooking racing the payment webhook", () => {
  it("always ends canceled and refunded exactly once, whichever lands first", async () => {
    const org = await createOrg();
    for (let round = 0; round < 6; round++) {
      const held = await heldBookingWithSession({ org });
      const event = completedEvent(fake, held.sessionId);
      const cancel = () => cancelBooking({ orgId: held.orgId, bookingId: held.bookingId, by: "staff", reason: "Closed today" });
      const pay = () => postEvent(event);
      const [first, second] = round % 2 === 0 ? [cancel, pay] : [pay, cancel];
      const results = await Promise.allSettled([first(), second()]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
      expect(await state(held.bookingId, held.orderId)).toEqual({ booking: "CANCELED", order: "REFUNDED" });
      const pi = fake.sessions.get(held.sessionId)!.payment_intent;
      expect(fake.refunds.filter((r) => r.payment_intent === pi)).toHaveLength(1);
    }
  });

  it("a paid booking canceled from the dashboard is refunded in full, and a payment after a cancel is refunded too", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    const paid = await heldBookingWithSession({ org });
    expect((await postEvent(completedEvent(fake, paid.sessionId))).status).toBe(200);
    expect(await changeBookingStatusAction(null, form({ org: org.slug, id: paid.bookingId, action: "cancel", reason: "Stylist ill" }))).toMatchObject({ ok: true, data: { status: "CANCELED" } });
    expect(await state(paid.bookingId, paid.orderId)).toEqual({ booking: "CANCELED", order: "REFUNDED" });

    const late = await heldBookingWithSession({ org });
    await cancelBooking({ orgId: org.orgId, bookingId: late.bookingId, by: "staff" });
    expect(await state(late.bookingId, late.orderId)).toEqual({ booking: "CANCELED", order: "CANCELED" });
    expect((await postEvent(completedEvent(fake, late.sessionId))).status).toBe(200);
    expect(await state(late.bookingId, late.orderId)).toEqual({ booking: "CANCELED", order: "REFUNDED" });
  });
});
