import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBookableService, createOrg, uid } from "@/test/factories";
import type { FakeStripe } from "@/test/fakes/fake-stripe";
import { useFakeStripe, closeFakeStripe } from "@/test/payments-helpers";
import { completedEvent, postEvent } from "@/test/payments-helpers";
import { daysAheadAt } from "../../../test/booking-time";
import { cancelBooking } from "./cancel-booking";
import { createBooking } from "./create-booking";
import { releaseAbandonedCheckout } from "../paid-orders/booking-holds";

// Paid services with Stripe configured (the fake Stripe on 127.0.0.1).
let fake: FakeStripe;
beforeAll(async () => (fake = await useFakeStripe()));
afterAll(() => closeFakeStripe(fake));

describe("createBooking for a paid service", () => {
  it("holds the slot 10 minutes with a PENDING order and returns the Checkout URL; a staff cancel after payment refunds it", async () => {
    const { orgId } = await createOrg();
    const service = await createBookableService({ orgId, price: 4500, requiresPayment: true });
    const before = Date.now();
    const email = `payer-${uid()}@test.dev`;
    const result = await createBooking({ orgId, serviceId: service.id, staffMemberId: null, startsAt: daysAheadAt(2, "10:00"), source: "public", client: { name: "Payer", email, timeZone: "UTC" } });
    expect(result.status).toBe("PENDING_PAYMENT");
    expect(result.checkoutUrl).toContain(fake.url);
    const booking = await db.booking.findUniqueOrThrow({ where: { id: result.bookingId }, include: { order: true } });
    expect(booking.holdExpiresAt!.getTime()).toBeGreaterThanOrEqual(before + 10 * 60_000 - 1000);
    expect(booking.holdExpiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + 10 * 60_000);
    expect(booking.order).toMatchObject({ status: "PENDING", kind: "BOOKING", amount: 4500, currency: "EUR" });
    const sent = fake.requests.find((r) => r.path.startsWith("/v1/checkout/sessions") && r.method === "POST" && r.body.client_reference_id === booking.orderId)!;
    expect(String(sent.body.success_url)).toMatch(new RegExp(`/book/booking/${booking.id}\\?token=`));
    expect(await db.emailOutbox.count({ where: { orgId, to: email } })).toBe(0); // confirmation comes with the payment

    expect((await postEvent(completedEvent(fake, booking.order!.stripeCheckoutSessionId!))).status).toBe(200);
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");
    await cancelBooking({ orgId, bookingId: booking.id, by: "staff", reason: "Stylist ill" });
    expect((await db.order.findUniqueOrThrow({ where: { id: booking.orderId! } })).status).toBe("REFUNDED");
    expect(fake.refunds).toHaveLength(1);
  });

  it("releases the held time at once when the client comes back from Checkout without paying", async () => {
    const { orgId } = await createOrg();
    const service = await createBookableService({ orgId, price: 3000, requiresPayment: true });
    const start = daysAheadAt(4, "11:00");
    const held = await createBooking({ orgId, serviceId: service.id, staffMemberId: null, startsAt: start, source: "public", client: { name: "A", email: `a-${uid()}@test.dev`, timeZone: "UTC" } });
    const sent = fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions").at(-1)!;
    const token = new URL(String(sent.body.cancel_url)).searchParams.get("canceled")!;
    expect(await releaseAbandonedCheckout(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBe(false); // tampered: nothing
    expect(await releaseAbandonedCheckout(token)).toBe(true);
    expect(await releaseAbandonedCheckout(token)).toBe(false);
    const row = await db.booking.findUniqueOrThrow({ where: { id: held.bookingId }, include: { order: true } });
    expect([row.status, row.order?.status]).toEqual(["CANCELED", "CANCELED"]);
    expect((await createBooking({ orgId, serviceId: service.id, staffMemberId: null, startsAt: start, source: "public", client: { name: "A", email: `a-${uid()}@test.dev`, timeZone: "UTC" } })).status).toBe("PENDING_PAYMENT");
  });

  it("frees the slot when Stripe refuses the checkout", async () => {
    const { orgId } = await createOrg();
    const service = await createBookableService({ orgId, price: 2000, requiresPayment: true });
    fake.failNext(5);
    const start = daysAheadAt(3, "10:00");
    const err = await createBooking({ orgId, serviceId: service.id, staffMemberId: null, startsAt: start, source: "public", client: { name: "P", email: `p-${uid()}@test.dev`, timeZone: "UTC" } }).catch((e) => e);
    expect(err).toBeTruthy();
    fake.failNext(0);
    expect(await db.booking.findMany({ where: { orgId }, select: { status: true } })).toEqual([{ status: "EXPIRED" }]);
    const again = await createBooking({ orgId, serviceId: service.id, staffMemberId: null, startsAt: start, source: "public", client: { name: "Q", email: `q-${uid()}@test.dev`, timeZone: "UTC" } });
    expect(again.status).toBe("PENDING_PAYMENT");
  });
});
