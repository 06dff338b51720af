import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import type { FakeStripe } from "@/test/fakes/fake-stripe";
import { completedEvent, expiredEvent, postEvent, refundedEvent, useFakeStripe, closeFakeStripe } from "@/test/payments-helpers";
import { checkoutBody, createTicketedEvent } from "@/test/ticketing-factories";
import { checkoutTickets } from "../checkout/checkout-tickets";
import { expireTicketHold, releaseAbandonedTicketCheckout, sweepTicketHolds } from "./expire-ticket-hold";

import { runTicketDeliveryJob } from "../tickets/send-ticket-emails";

// Paid ticket orders with Stripe configured (the fake Stripe on 127.0.0.1); webhook events are
// signed with the SDK's test-header helper and posted to the real route handler.
let fake: FakeStripe;
beforeAll(async () => (fake = await useFakeStripe()));
afterAll(() => closeFakeStripe(fake));

// The ticket.send-emails jobs queued for an order, run as the worker runs them.
async function runDeliveryJobs(orderId: string): Promise<number> {
  const jobs = await db.$queryRaw<{ data: { orgId: string; orderId: string } }[]>`SELECT data FROM pgboss.job WHERE name = 'ticket.send-emails' AND data->>'orderId' = ${orderId}`;
  for (const job of jobs) await runTicketDeliveryJob(job.data);
  return jobs.length;
}

const counts = (id: string) => db.ticketType.findUniqueOrThrow({ where: { id }, select: { sold: true, held: true } });
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

async function paidOrder(options: { capacity?: number; promo?: boolean } = {}) {
  const { orgId } = await createOrg();
  const event = await createTicketedEvent({
    orgId,
    types: [
      { name: "Standing", price: 2500, capacity: options.capacity ?? 10 },
      { name: "Seated", price: 999, capacity: 10 },
    ],
    promo: options.promo ? { code: "TENOFF", value: 15 } : undefined,
  });
  const result = await checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [1, 1], options.promo ? { promoCode: "tenoff" } : {}) });
  const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
  return { orgId, event, result, order, sessionId: order.stripeCheckoutSessionId! };
}

describe("paid ticket orders", () => {
  it("holds the seats 15 minutes with a PENDING order and a Checkout Session whose lines add up to the discounted total", async () => {
    const before = Date.now();
    const { event, result, order } = await paidOrder({ promo: true });
    expect(result).toMatchObject({ status: "PENDING", redirectUrl: expect.stringContaining(`${fake.url}/pay/`) });
    // 15% of 3499 = 524.85 -> 525 off; 2974 to pay.
    expect(order).toMatchObject({ status: "PENDING", amount: 2974, discount: 525, kind: "TICKET" });
    expect(order.holdExpiresAt!.getTime()).toBeGreaterThanOrEqual(before + 15 * 60_000 - 1000);
    expect(await counts(event.types[0].id)).toEqual({ sold: 0, held: 1 });
    const sent = fake.requests.find((r) => r.path === "/v1/checkout/sessions" && r.body.client_reference_id === order.id)!;
    const lines = sent.body.line_items as { quantity: string; price_data: { unit_amount: string } }[];
    expect(lines.reduce((sum, l) => sum + Number(l.price_data.unit_amount) * Number(l.quantity), 0)).toBe(2974);
    expect(sent.body.metadata).toMatchObject({ kind: "TICKET", orderId: order.id });
    const jobs = await db.$queryRaw<{ start_after: Date }[]>`SELECT start_after FROM pgboss.job WHERE name = 'ticket.expire-hold' AND data->>'orderId' = ${order.id}`;
    expect(jobs).toHaveLength(1);
    expect(Math.abs(jobs[0].start_after.getTime() - order.holdExpiresAt!.getTime())).toBeLessThan(2000);
  });

  it("issues the tickets once on payment, whatever the replays (sequential and concurrent) and a late expired event", async () => {
    const { orgId, event, order, sessionId } = await paidOrder({ promo: true });
    const paid = completedEvent(fake, sessionId);
    const replies = await Promise.all([postEvent(paid), postEvent(paid), postEvent(paid)]);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(replies.map((r) => r.body.result).sort()).toEqual(["duplicate", "duplicate", "processed"]);
    expect((await postEvent(expiredEvent(fake, sessionId))).body.result).toBe("processed");
    const tickets = await db.ticket.findMany({ where: { orderId: order.id } });
    expect(tickets).toHaveLength(2);
    expect(tickets.reduce((sum, t) => sum + t.amountPaid, 0)).toBe(2974);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true, holdExpiresAt: true } })).toEqual({ status: "PAID", holdExpiresAt: null });
    expect(await counts(event.types[0].id)).toEqual({ sold: 1, held: 0 });
    // One delivery job for the order; the buyer holds both seats: one confirmation with both tickets.
    expect(await runDeliveryJobs(order.id)).toBe(1);
    const emails = await db.emailOutbox.findMany({ where: { orgId }, select: { to: true, subject: true, html: true } });
    expect(emails).toEqual([expect.objectContaining({ to: order.buyerEmail, subject: expect.stringMatching(/^Order confirmed: 2 tickets for /) })]);
    for (const t of tickets) expect(emails[0].html).toContain(t.code);
    expect(await expireTicketHold(order.id, later(30))).toEqual({ expired: false });
  });

  it("expires a due hold once: seats and promo redemption back, session expired at Stripe; the sweep finds nothing left", async () => {
    const { event, order, sessionId } = await paidOrder({ promo: true });
    expect(await expireTicketHold(order.id, later(5))).toEqual({ expired: false }); // not due yet
    expect(await expireTicketHold(order.id, later(16))).toEqual({ expired: true });
    expect(await expireTicketHold(order.id, later(16))).toEqual({ expired: false });
    expect(await counts(event.types[0].id)).toEqual({ sold: 0, held: 0 });
    expect((await db.promoCode.findUniqueOrThrow({ where: { id: event.promo!.id } })).redemptions).toBe(0);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("EXPIRED");
    expect(fake.sessions.get(sessionId)!.status).toBe("expired");
    const other = await paidOrder();
    expect((await sweepTicketHolds(later(16))).expired).toBeGreaterThanOrEqual(1);
    expect(await counts(other.event.types[0].id)).toEqual({ sold: 0, held: 0 });
  });

  it("honours a late payment when the seats are still there (the expired event came first)", async () => {
    const { event, order, sessionId } = await paidOrder({ promo: true });
    await postEvent(expiredEvent(fake, sessionId));
    expect(await counts(event.types[0].id)).toEqual({ sold: 0, held: 0 });
    await postEvent(completedEvent(fake, sessionId));
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(2);
    expect(await counts(event.types[0].id)).toEqual({ sold: 1, held: 0 });
    expect((await db.promoCode.findUniqueOrThrow({ where: { id: event.promo!.id } })).redemptions).toBe(1);
  });

  it("refunds a late payment in full, with an email, when the seats sold out meanwhile", async () => {
    const { orgId, event, order, sessionId } = await paidOrder({ capacity: 1 });
    await expireTicketHold(order.id, later(16));
    fake.sessions.get(sessionId)!.status = "open"; // the buyer was already on the payment page
    const rival = await checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [1]) });
    await postEvent(completedEvent(fake, (await db.order.findUniqueOrThrow({ where: { id: rival.orderId } })).stripeCheckoutSessionId!));
    await postEvent(completedEvent(fake, sessionId));
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(0);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("REFUNDED");
    expect(fake.refunds.filter((r) => r.payment_intent === fake.sessions.get(sessionId)!.payment_intent)).toEqual([expect.objectContaining({ amount: 3499 })]);
    expect(await db.emailOutbox.count({ where: { orgId, subject: { contains: "is refunded" } } })).toBe(1);
    expect(await counts(event.types[0].id)).toEqual({ sold: 1, held: 0 });
    expect((await sweepTicketHolds(later(30))).refunded).toBe(0);
  });

  it("a refund racing the payment: REFUNDED, tickets VOID, seats back, and no email or chat message for the void tickets", async () => {
    // One after the other (the refund lands before the delivery job runs) ...
    const first = await paidOrder();
    await postEvent(completedEvent(fake, first.sessionId));
    await postEvent(refundedEvent(fake, first.sessionId));
    // ... and at the same moment.
    const second = await paidOrder();
    const replies = await Promise.all([postEvent(completedEvent(fake, second.sessionId)), postEvent(refundedEvent(fake, second.sessionId))]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    for (const { orgId, order, event } of [first, second]) {
      await runDeliveryJobs(order.id);
      expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("REFUNDED");
      const tickets = await db.ticket.findMany({ where: { orderId: order.id }, select: { status: true, code: true } });
      expect(tickets.every((t) => t.status === "VOID")).toBe(true);
      expect(await counts(event.types[0].id)).toEqual({ sold: 0, held: 0 });
      expect(await db.emailOutbox.count({ where: { orgId, OR: [{ subject: { startsWith: "Your ticket" } }, { subject: { startsWith: "Order confirmed" } }] } })).toBe(0);
      expect(await db.botMessage.count({ where: { orgId } })).toBe(0);
    }
  });

  it("refunds a late payment in full, with an email, when the event is over by then", async () => {
    const { orgId, event, order, sessionId } = await paidOrder();
    await expireTicketHold(order.id, later(16));
    fake.sessions.get(sessionId)!.status = "open"; // the buyer was still on the payment page
    await db.event.update({ where: { id: event.id }, data: { startsAt: later(-300), endsAt: later(-1) } });
    await postEvent(completedEvent(fake, sessionId));
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(0);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("REFUNDED");
    expect(await counts(event.types[0].id)).toEqual({ sold: 0, held: 0 });
    expect(await db.emailOutbox.findMany({ where: { orgId }, select: { subject: true, text: true } })).toEqual([{ subject: expect.stringContaining("is refunded"), text: expect.stringContaining("the event is over") }]);
  });

  it("voids the tickets and returns the seats on a full refund; a replayed refund changes nothing", async () => {
    const { event, order, sessionId } = await paidOrder();
    await postEvent(completedEvent(fake, sessionId));
    const refunded = refundedEvent(fake, sessionId);
    await postEvent(refunded);
    await postEvent(refunded);
    expect((await db.ticket.findMany({ where: { orderId: order.id }, select: { status: true } })).map((t) => t.status)).toEqual(["VOID", "VOID"]);
    expect(await counts(event.types[0].id)).toEqual({ sold: 0, held: 0 });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("REFUNDED");
  });

  it("releases the seats at once when the buyer comes back from Checkout without paying (signed link only)", async () => {
    const { event, order, sessionId } = await paidOrder();
    const cancelUrl = String(fake.requests.find((r) => r.body.client_reference_id === order.id)!.body.cancel_url);
    expect(new URL(cancelUrl).pathname).toBe(`/e/${event.slug}/canceled`);
    const value = new URL(cancelUrl).searchParams.get("order")!;
    expect(await releaseAbandonedTicketCheckout(`${order.id}.${"A".repeat(43)}`)).toBe(false);
    expect(await releaseAbandonedTicketCheckout(value)).toBe(true);
    expect(await releaseAbandonedTicketCheckout(value)).toBe(false);
    expect(await counts(event.types[0].id)).toEqual({ sold: 0, held: 0 });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELED");
    expect(fake.sessions.get(sessionId)!.status).toBe("expired");
  });

  it("gives the seats back when Stripe refuses the checkout", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({ orgId, types: [{ name: "Paid", price: 500, capacity: 3 }] });
    fake.failNext(10);
    await expect(checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [2]) })).rejects.toThrow();
    fake.failNext(0);
    expect(await counts(event.types[0].id)).toEqual({ sold: 0, held: 0 });
    expect((await db.order.findFirstOrThrow({ where: { eventId: event.id } })).status).toBe("CANCELED");
  });
});
