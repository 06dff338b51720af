import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { FakeStripe } from "@/test/fakes/fake-stripe";
import { completedEvent, heldBookingWithSession, postEvent, useFakeStripe } from "@/test/payments-helpers";
import { checkoutExpiresAt, createCheckoutSession, isStripeConfigured } from "./stripe/checkout-session";
import { refundOrder } from "./refund-order";

let fake: FakeStripe;
beforeAll(async () => (fake = await useFakeStripe()));
afterAll(() => fake.close());

describe("createCheckoutSession", () => {
  it("creates one payment-mode session per order with its amounts, email, URLs and metadata, and stores its id", async () => {
    const held = await heldBookingWithSession();
    const sent = fake.requests.find((r) => r.path === "/v1/checkout/sessions" && (r.body.metadata as Record<string, string>)?.orderId === held.orderId)!;
    expect(sent.idempotencyKey).toBe(`checkout-session-${held.orderId}`);
    expect(sent.body).toMatchObject({
      mode: "payment",
      customer_email: held.clientEmail,
      client_reference_id: held.orderId,
      cancel_url: "http://localhost/cancel",
      line_items: [{ quantity: "1", price_data: { currency: "eur", unit_amount: "4500", product_data: { name: "Haircut" } } }],
      metadata: { orgId: held.orgId, orderId: held.orderId, kind: "BOOKING" },
      payment_intent_data: { metadata: { orderId: held.orderId } },
    });
    expect(Number(sent.body.expires_at) * 1000 - Date.now()).toBeGreaterThanOrEqual(30 * 60_000);
    expect((await db.order.findUniqueOrThrow({ where: { id: held.orderId } })).stripeCheckoutSessionId).toBe(held.sessionId);

    // A retry for the same order is the same session (Stripe replays the idempotent request).
    const again = await createCheckoutSession({
      orgId: held.orgId,
      orderId: held.orderId,
      kind: "BOOKING",
      currency: "EUR",
      lines: [{ name: "Haircut", unitAmount: 4500, quantity: 1 }],
      customerEmail: held.clientEmail,
      successUrl: "http://localhost/ok?session={CHECKOUT_SESSION_ID}",
      cancelUrl: "http://localhost/cancel",
    });
    expect(again.id).toBe(held.sessionId);
  });

  it("refuses an order of another org, a total that does not match, and says when Stripe is not configured", async () => {
    const held = await heldBookingWithSession();
    const base = { orderId: held.orderId, kind: "BOOKING" as const, currency: "EUR", successUrl: "http://x/ok", cancelUrl: "http://x/no" };
    await expect(createCheckoutSession({ ...base, orgId: "other-org", lines: [{ name: "x", unitAmount: 4500, quantity: 1 }] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createCheckoutSession({ ...base, orgId: held.orgId, lines: [{ name: "x", unitAmount: 100, quantity: 1 }] })).rejects.toMatchObject({ code: "CONFLICT" });
    const key = process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_SECRET_KEY;
    expect(isStripeConfigured()).toBe(false);
    await expect(createCheckoutSession({ ...base, orgId: held.orgId, lines: [{ name: "x", unitAmount: 4500, quantity: 1 }] })).rejects.toMatchObject({ code: "NOT_CONFIGURED" });
    process.env.STRIPE_SECRET_KEY = key;
  });

  it("keeps expires_at stable for retries and never under Stripe's 30 minutes", () => {
    const created = new Date("2026-11-22T10:00:00Z");
    expect(checkoutExpiresAt(created, new Date("2026-11-22T10:00:05Z"))).toBe(checkoutExpiresAt(created, new Date("2026-11-22T10:20:00Z")));
    expect(checkoutExpiresAt(created, new Date("2026-11-22T11:00:00Z")) * 1000).toBeGreaterThanOrEqual(new Date("2026-11-22T11:30:00Z").getTime());
  });
});

describe("refundOrder", () => {
  it("refunds the payment intent in full once and marks the order REFUNDED; a second call is a no-op", async () => {
    const held = await heldBookingWithSession();
    const event = completedEvent(fake, held.sessionId);
    await postEvent(event);
    await refundOrder(held.orderId, "client asked");
    await refundOrder(held.orderId, "client asked again");
    const refunds = fake.requests.filter((r) => r.path === "/v1/refunds" && r.body.payment_intent === event.data.object.payment_intent);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ idempotencyKey: `refund-order-${held.orderId}`, body: { metadata: { orderId: held.orderId, reason: "client asked" } } });
    expect(fake.refunds.find((r) => r.payment_intent === event.data.object.payment_intent)?.amount).toBe(4500);
    expect((await db.order.findUniqueOrThrow({ where: { id: held.orderId } })).status).toBe("REFUNDED");
  });

  it("treats a charge already refunded at Stripe as done, and refuses an unpaid order", async () => {
    const held = await heldBookingWithSession();
    await postEvent(completedEvent(fake, held.sessionId));
    const pi = fake.sessions.get(held.sessionId)!.payment_intent;
    fake.refunds.push({ id: "re_dashboard", payment_intent: pi }); // refunded from the Stripe dashboard
    await refundOrder(held.orderId, "again");
    expect((await db.order.findUniqueOrThrow({ where: { id: held.orderId } })).status).toBe("REFUNDED");

    const unpaid = await heldBookingWithSession();
    await expect(refundOrder(unpaid.orderId, "nope")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(fake.requests.some((r) => r.path === "/v1/refunds" && r.body.metadata && (r.body.metadata as Record<string, string>).orderId === unpaid.orderId)).toBe(false);
  });
});
