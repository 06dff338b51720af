import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { FakeStripe } from "@/test/fakes/fake-stripe";
import { createOrg } from "@/test/factories";
import { useFakeStripe } from "@/test/payments-helpers";
import { createTestEvent, createTicketOrder } from "@/test/ticketing-door-factories";
import { cancelOrder } from "./cancel-order";
import { voidOrderTickets } from "./void-order-tickets";

let fake: FakeStripe;
beforeAll(async () => (fake = await useFakeStripe()));
afterAll(() => fake.close());

/** A paid ticket order whose payment the fake Stripe knows (a completed Checkout Session). */
async function paidOrderAtStripe(quantity = 2) {
  const org = await createOrg();
  const event = await createTestEvent(org.orgId);
  const ticketTypeId = event.types[0].id;
  const order = await createTicketOrder({ orgId: org.orgId, eventId: event.id, ticketTypeId, unitPrice: 2500, quantity, status: "PENDING" });
  const session = (await (
    await fetch(`${fake.url}/v1/checkout/sessions`, {
      method: "POST",
      headers: { authorization: "Bearer sk_test_fake", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        mode: "payment",
        "line_items[0][quantity]": String(quantity),
        "line_items[0][price_data][currency]": "eur",
        "line_items[0][price_data][unit_amount]": "2500",
        "metadata[orgId]": org.orgId,
        "metadata[orderId]": order.id,
        "metadata[kind]": "TICKET",
      }),
    })
  ).json()) as { id: string };
  const pi = fake.completeSession(session.id).payment_intent as string;
  const tickets = await Promise.all(
    Array.from({ length: quantity }, (_, i) =>
      db.ticket.create({ data: { orgId: org.orgId, eventId: event.id, ticketTypeId, orderId: order.id, code: `code-${order.id}-${i}`, attendeeName: "A", attendeeEmail: "a@test.dev", amountPaid: 2500 }, select: { code: true } }),
    ),
  );
  await db.order.update({ where: { id: order.id }, data: { status: "PAID", paidAt: new Date(), stripeCheckoutSessionId: session.id, stripePaymentIntentId: pi } });
  await db.ticketType.update({ where: { id: ticketTypeId }, data: { sold: quantity } });
  return { org, event, ticketTypeId, orderId: order.id, sessionId: session.id, pi, tickets };
}

const soldOf = async (ticketTypeId: string) => (await db.ticketType.findUniqueOrThrow({ where: { id: ticketTypeId } })).sold;
const statuses = async (orderId: string) => (await db.ticket.findMany({ where: { orderId }, select: { status: true } })).map((t) => t.status);

describe("cancelOrder", () => {
  it("refunds a paid order once at Stripe, voids its tickets and returns its seats; a second cancel changes nothing", async () => {
    const paid = await paidOrderAtStripe(2);
    await db.ticket.update({ where: { code: paid.tickets[1].code }, data: { status: "CHECKED_IN", checkedInAt: new Date() } });
    expect(await cancelOrder({ orgId: paid.org.orgId, orderId: paid.orderId, reason: "asked" })).toBe("REFUNDED");
    expect(await cancelOrder({ orgId: paid.org.orgId, orderId: paid.orderId })).toBe("REFUNDED");
    expect(fake.refunds.filter((r) => r.payment_intent === paid.pi)).toEqual([expect.objectContaining({ amount: 5000 })]);
    expect((await db.order.findUniqueOrThrow({ where: { id: paid.orderId } })).status).toBe("REFUNDED");
    expect(await statuses(paid.orderId)).toEqual(["VOID", "VOID"]);
    expect(await soldOf(paid.ticketTypeId)).toBe(1); // the checked-in seat stays sold: someone is inside
  });

  it("cancels a free order without Stripe, and refuses unpaid orders and other orgs' orders", async () => {
    const org = await createOrg();
    const event = await createTestEvent(org.orgId, { types: [{ name: "Free", price: 0 }] });
    const free = await createTicketOrder({ orgId: org.orgId, eventId: event.id, ticketTypeId: event.types[0].id, unitPrice: 0, quantity: 3 });
    const refundsBefore = fake.refunds.length;
    await expect(cancelOrder({ orgId: (await createOrg()).orgId, orderId: free.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await cancelOrder({ orgId: org.orgId, orderId: free.id })).toBe("CANCELED");
    expect((await db.order.findUniqueOrThrow({ where: { id: free.id } })).status).toBe("CANCELED");
    expect(await statuses(free.id)).toEqual(["VOID", "VOID", "VOID"]);
    expect(await soldOf(event.types[0].id)).toBe(0);
    expect(fake.refunds.length).toBe(refundsBefore);

    const pending = await createTicketOrder({ orgId: org.orgId, eventId: event.id, ticketTypeId: event.types[0].id, unitPrice: 0, status: "PENDING" });
    await expect(cancelOrder({ orgId: org.orgId, orderId: pending.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.order.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING");
  });

  it("leaves the order paid when Stripe refuses the refund", async () => {
    const paid = await paidOrderAtStripe(1);
    fake.failNext(3);
    await expect(cancelOrder({ orgId: paid.org.orgId, orderId: paid.orderId })).rejects.toBeTruthy();
    fake.failNext(0);
    expect((await db.order.findUniqueOrThrow({ where: { id: paid.orderId } })).status).toBe("PAID");
    expect(await statuses(paid.orderId)).toEqual(["VALID"]);
  });
});

describe("voidOrderTickets", () => {
  it("voids and returns each seat once, even when called concurrently", async () => {
    const paid = await paidOrderAtStripe(3);
    const counts = await Promise.all(Array.from({ length: 5 }, () => db.$transaction((tx) => voidOrderTickets({ tx, orderId: paid.orderId }))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(await soldOf(paid.ticketTypeId)).toBe(0);
  });
});
