import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { expireBookingHold } from "@/lib/booking/paid-orders/booking-holds";
import { createBookingRow } from "@/test/factories";
import { signedWebhookRequest, stripeEvent, type FakeStripe } from "@/test/fakes/fake-stripe";
import { completedEvent, expiredEvent, heldBookingWithSession, hour, postEvent, refundedEvent, useFakeStripe, WEBHOOK_SECRET } from "@/test/payments-helpers";
import { POST } from "./route";

// The confirmation email is the public-booking teammate's; count its calls to prove "once".
const confirmations = vi.hoisted(() => ({ sent: [] as string[] }));
vi.mock("@/lib/booking/notify/send-booking-confirmation", () => ({ sendBookingConfirmation: async (id: string) => void confirmations.sent.push(id), sendBookingEmail: async () => {} }));

let fake: FakeStripe;
beforeAll(async () => (fake = await useFakeStripe()));
afterAll(() => fake.close());
beforeEach(() => void (confirmations.sent.length = 0));

const state = async (bookingId: string) => {
  const b = await db.booking.findUniqueOrThrow({ where: { id: bookingId }, select: { status: true, holdExpiresAt: true, confirmedAt: true, order: { select: { status: true, paidAt: true, stripePaymentIntentId: true } } } });
  return { booking: b.status, order: b.order?.status, holdExpiresAt: b.holdExpiresAt, confirmedAt: b.confirmedAt, paidAt: b.order?.paidAt, pi: b.order?.stripePaymentIntentId };
};
const eventRows = (id: string) => db.stripeEvent.count({ where: { id } });

describe("POST /api/stripe/webhook: signature", () => {
  it("answers 400 to a bad, missing or tampered signature and changes nothing", async () => {
    const held = await heldBookingWithSession();
    const event = completedEvent(fake, held.sessionId);
    const wrongSecret = await POST(signedWebhookRequest(event, "whsec_someone_else"));
    const unsigned = await POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: JSON.stringify(event) }));
    const good = signedWebhookRequest(event, WEBHOOK_SECRET);
    const tampered = await POST(new Request(good.url, { method: "POST", headers: good.headers, body: JSON.stringify({ ...event, id: "evt_forged" }) }));
    expect([wrongSecret.status, unsigned.status, tampered.status]).toEqual([400, 400, 400]);
    expect(await eventRows(event.id)).toBe(0);
    expect(await state(held.bookingId)).toMatchObject({ booking: "PENDING_PAYMENT", order: "PENDING", paidAt: null });
  });

  it("answers 503 without a configured webhook secret, before reading anything", async () => {
    const held = await heldBookingWithSession();
    const event = completedEvent(fake, held.sessionId);
    delete process.env.STRIPE_WEBHOOK_SECRET;
    const res = await POST(signedWebhookRequest(event, WEBHOOK_SECRET));
    process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
    expect(res.status).toBe(503);
    expect(await state(held.bookingId)).toMatchObject({ booking: "PENDING_PAYMENT", order: "PENDING" });
  });

  it("acknowledges event types it does not handle without recording them", async () => {
    const event = stripeEvent("customer.created", { id: "cus_1", object: "customer" });
    expect(await postEvent(event)).toEqual({ status: 200, body: { received: true, result: "ignored" } });
    expect(await eventRows(event.id)).toBe(0);
  });
});

describe("POST /api/stripe/webhook: checkout.session.completed", () => {
  it("pays the order and confirms the booking exactly once under 5 concurrent replays", async () => {
    const held = await heldBookingWithSession();
    const event = completedEvent(fake, held.sessionId);
    const answers = await Promise.all(Array.from({ length: 5 }, () => postEvent(event)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.map((a) => a.body.result).sort()).toEqual(["duplicate", "duplicate", "duplicate", "duplicate", "processed"]);
    expect(await eventRows(event.id)).toBe(1);
    const after = await state(held.bookingId);
    expect(after).toMatchObject({ booking: "CONFIRMED", order: "PAID", holdExpiresAt: null, pi: event.data.object.payment_intent });
    expect(after.paidAt).toBeInstanceOf(Date);
    expect(after.confirmedAt).toBeInstanceOf(Date);
    expect(confirmations.sent).toEqual([held.bookingId]);
    // A replay days later changes nothing either.
    expect((await postEvent(event)).body.result).toBe("duplicate");
    expect(confirmations.sent).toHaveLength(1);
  });

  it("leaves a booking that needs the business's confirmation PENDING_CONFIRMATION", async () => {
    const held = await heldBookingWithSession({ requiresConfirmation: true });
    await postEvent(completedEvent(fake, held.sessionId));
    expect(await state(held.bookingId)).toMatchObject({ booking: "PENDING_CONFIRMATION", order: "PAID", confirmedAt: null, holdExpiresAt: null });
  });

  it("rolls back the event row with the handler's changes on failure (500), and a retry then succeeds", async () => {
    const held = await heldBookingWithSession();
    const event = completedEvent(fake, held.sessionId);
    // Another order already carries this payment intent: the order update fails mid-transaction.
    const blocker = await heldBookingWithSession();
    await db.order.update({ where: { id: blocker.orderId }, data: { stripePaymentIntentId: event.data.object.payment_intent as string } });
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await postEvent(event)).status).toBe(500);
    spy.mockRestore();
    expect(await eventRows(event.id)).toBe(0);
    expect(await state(held.bookingId)).toMatchObject({ booking: "PENDING_PAYMENT", order: "PENDING" });
    expect(confirmations.sent).toEqual([]);

    await db.order.update({ where: { id: blocker.orderId }, data: { stripePaymentIntentId: null } });
    expect(await postEvent(event)).toMatchObject({ status: 200, body: { result: "processed" } });
    expect(await state(held.bookingId)).toMatchObject({ booking: "CONFIRMED", order: "PAID" });
  });
});

describe("POST /api/stripe/webhook: out-of-order delivery", () => {
  it("expired then completed: the paid booking is taken back while its time is free", async () => {
    const held = await heldBookingWithSession();
    expect((await postEvent(expiredEvent(fake, held.sessionId))).body.result).toBe("processed");
    expect(await state(held.bookingId)).toMatchObject({ booking: "EXPIRED", order: "EXPIRED" });
    await postEvent(completedEvent(fake, held.sessionId));
    expect(await state(held.bookingId)).toMatchObject({ booking: "CONFIRMED", order: "PAID", holdExpiresAt: null });
    expect(confirmations.sent).toEqual([held.bookingId]);
    expect(fake.refunds).toHaveLength(0);
  });

  it("completed then expired: the paid booking stays confirmed", async () => {
    const held = await heldBookingWithSession();
    const expired = expiredEvent(fake, held.sessionId);
    await postEvent(completedEvent(fake, held.sessionId));
    await postEvent(expired);
    expect(await state(held.bookingId)).toMatchObject({ booking: "CONFIRMED", order: "PAID" });
  });

  it("refunded then completed: the order stays REFUNDED, the booking canceled, nothing sent or refunded twice", async () => {
    const held = await heldBookingWithSession();
    const refundsBefore = fake.refunds.length;
    await postEvent(refundedEvent(fake, held.sessionId));
    await postEvent(completedEvent(fake, held.sessionId));
    const after = await state(held.bookingId);
    expect(after).toMatchObject({ booking: "CANCELED", order: "REFUNDED", pi: fake.sessions.get(held.sessionId)!.payment_intent });
    expect(confirmations.sent).toEqual([]);
    expect(fake.refunds.length).toBe(refundsBefore);
  });
});

describe("POST /api/stripe/webhook: payment after the hold expired", () => {
  it("honours it when the time is still free", async () => {
    const held = await heldBookingWithSession({ holdExpiresAt: new Date(Date.now() - 60_000) });
    // The client paid on the still-open page just before our expiry reached Stripe (which then
    // refuses to expire a complete session; the job shrugs that off).
    const event = completedEvent(fake, held.sessionId);
    expect(await expireBookingHold(held.bookingId)).toEqual({ expired: true });
    expect(fake.requests.some((r) => r.path === `/v1/checkout/sessions/${held.sessionId}/expire`)).toBe(true);
    expect(await state(held.bookingId)).toMatchObject({ booking: "EXPIRED", order: "EXPIRED" });
    await postEvent(event);
    expect(await state(held.bookingId)).toMatchObject({ booking: "CONFIRMED", order: "PAID", pi: event.data.object.payment_intent });
    expect(confirmations.sent).toEqual([held.bookingId]);
  });

  it("refunds it in full and emails the client when the time was taken", async () => {
    const held = await heldBookingWithSession({ holdExpiresAt: new Date(Date.now() - 60_000) });
    const event = completedEvent(fake, held.sessionId);
    await expireBookingHold(held.bookingId);
    // Someone else books the freed time before the payment's webhook arrives.
    await createBookingRow({ orgId: held.orgId, service: held.service, staffMemberId: held.staffMemberId, startsAt: held.startsAt, status: "CONFIRMED" });
    await postEvent(event);

    expect(await state(held.bookingId)).toMatchObject({ booking: "EXPIRED", order: "REFUNDED", pi: event.data.object.payment_intent });
    const refund = fake.requests.filter((r) => r.path === "/v1/refunds" && r.body.payment_intent === event.data.object.payment_intent);
    expect(refund).toHaveLength(1);
    expect(refund[0].idempotencyKey).toBe(`refund-order-${held.orderId}`);
    const emails = await db.emailOutbox.findMany({ where: { to: held.clientEmail }, select: { subject: true, text: true } });
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toMatch(/time was taken/);
    expect(emails[0].text).toContain("refunded €45.00");
    expect(confirmations.sent).toEqual([]);
  });
});

describe("POST /api/stripe/webhook: charge.refunded", () => {
  it("marks a paid order REFUNDED and cancels its booking; a partial refund changes nothing", async () => {
    const held = await heldBookingWithSession();
    await postEvent(completedEvent(fake, held.sessionId));
    await postEvent(refundedEvent(fake, held.sessionId, false));
    expect(await state(held.bookingId)).toMatchObject({ booking: "CONFIRMED", order: "PAID" });
    await postEvent(refundedEvent(fake, held.sessionId, true));
    expect(await state(held.bookingId)).toMatchObject({ booking: "CANCELED", order: "REFUNDED" });
    const booking = await db.booking.findUniqueOrThrow({ where: { id: held.bookingId }, select: { canceledBy: true, cancelReason: true } });
    expect(booking).toEqual({ canceledBy: "system", cancelReason: "Payment refunded" });
  });

  it("keeps a slot blocked only while the booking is active (a refund frees it)", async () => {
    const held = await heldBookingWithSession();
    await postEvent(completedEvent(fake, held.sessionId));
    const clash = () => createBookingRow({ orgId: held.orgId, service: held.service, staffMemberId: held.staffMemberId, startsAt: new Date(held.startsAt.getTime() + hour / 2), status: "CONFIRMED" });
    await expect(clash()).rejects.toThrow();
    await postEvent(refundedEvent(fake, held.sessionId));
    await expect(clash()).resolves.toBeTruthy();
  });
});
