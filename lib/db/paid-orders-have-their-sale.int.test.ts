import { afterAll, describe, expect, it } from "vitest";
import { stopJobQueue } from "@/test/jobs-helpers";
import { db } from "@/lib/db/client";
import { checkoutTickets } from "@/lib/ticketing/checkout/checkout-tickets";
import { cancelOrder } from "@/lib/ticketing/orders/cancel-order";
import { createBookableService, createOrg } from "@/test/factories";
import { checkoutBody, createTicketedEvent } from "@/test/ticketing-factories";
import { createTestEvent, createTicketOrder, testTicketCode } from "@/test/ticketing-door-factories";

// Integration: the database itself refuses a paid order that is not a real sale (migration
// 20261207103000): a ticket order without its event, a paid one without tickets, a paid booking
// order without its booking; checked at commit, so checkout's own order-then-tickets writes pass.

afterAll(stopJobQueue);

async function setup() {
  const org = await createOrg();
  const customer = await db.customer.create({ data: { orgId: org.orgId, name: "Buyer", email: "buyer@test.dev" }, select: { id: true } });
  const event = await createTestEvent(org.orgId, { types: [{ name: "Entry", price: 1500, capacity: 10 }] });
  return { org, customerId: customer.id, event, type: event.types[0] };
}

const paidTicketOrder = (s: Awaited<ReturnType<typeof setup>>, extra: object = {}) => ({ orgId: s.org.orgId, customerId: s.customerId, kind: "TICKET" as const, amount: 1500, currency: "EUR", status: "PAID" as const, paidAt: new Date(), ...extra });
const ticket = (s: Awaited<ReturnType<typeof setup>>, orderId: string) => ({
  orgId: s.org.orgId,
  eventId: s.event.id,
  ticketTypeId: s.type.id,
  orderId,
  code: testTicketCode(),
  attendeeName: "Buyer",
  attendeeEmail: "buyer@test.dev",
  amountPaid: 1500,
});

describe("a paid order is a real sale", () => {
  it("refuses a ticket order without an event, and a paid one without tickets", async () => {
    const s = await setup();
    await expect(db.order.create({ data: paidTicketOrder(s) })).rejects.toThrow(/Order_ticket_has_event/);
    await expect(db.order.create({ data: paidTicketOrder(s, { eventId: s.event.id }) })).rejects.toThrow(/has no tickets/);
    // Paying an order that never issued its tickets is refused too.
    const pending = await db.order.create({ data: { ...paidTicketOrder(s, { eventId: s.event.id }), status: "PENDING", paidAt: null } });
    await expect(db.order.update({ where: { id: pending.id }, data: { status: "PAID", paidAt: new Date() } })).rejects.toThrow(/has no tickets/);
    expect(await db.order.count({ where: { orgId: s.org.orgId, status: "PAID" } })).toBe(0);
  });

  it("accepts the order with its tickets written after it in one transaction, and keeps them", async () => {
    const s = await setup();
    const order = await db.$transaction(async (tx) => {
      const o = await tx.order.create({ data: paidTicketOrder(s, { eventId: s.event.id }), select: { id: true } });
      await tx.ticket.create({ data: ticket(s, o.id) });
      return o;
    });
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(1);
    await expect(db.ticket.deleteMany({ where: { orderId: order.id } })).rejects.toThrow(/has no tickets/);
    expect(await db.ticket.count({ where: { orderId: order.id } })).toBe(1);
  });

  it("accepts the real paths: free checkout, a paid order's refund or cancellation (tickets voided, kept), a Stripe payment awaiting its refund", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({ orgId, types: [{ name: "Free entry", price: 0, capacity: 5 }] });
    const free = await checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [2]) });
    expect(await db.order.findUniqueOrThrow({ where: { id: free.orderId }, select: { status: true, _count: { select: { tickets: true } } } })).toEqual({ status: "PAID", _count: { tickets: 2 } });
    expect(await cancelOrder({ orgId, orderId: free.orderId })).toBe("CANCELED");
    expect(await db.ticket.count({ where: { orderId: free.orderId, status: "VOID" } })).toBe(2);

    const s = await setup();
    const refunded = await createTicketOrder({ orgId: s.org.orgId, eventId: s.event.id, ticketTypeId: s.type.id, unitPrice: 1500, status: "REFUNDED" });
    expect(await db.ticket.count({ where: { orderId: refunded.id, status: "VOID" } })).toBe(1);
    // The late payment for seats that were gone: PAID, no tickets, refunded after commit.
    const unhonoured = await db.order.create({ data: paidTicketOrder(s, { eventId: s.event.id, stripeCheckoutSessionId: "cs_test_unhonoured", stripePaymentIntentId: "pi_test_unhonoured" }) });
    expect(unhonoured.status).toBe("PAID");
  });

  it("refuses a paid booking order without its booking, and unlinking it later", async () => {
    const { orgId } = await createOrg();
    const customer = await db.customer.create({ data: { orgId, name: "Client", email: "client@test.dev" }, select: { id: true } });
    const order = { orgId, customerId: customer.id, kind: "BOOKING" as const, amount: 4500, currency: "EUR", status: "PAID" as const, paidAt: new Date() };
    await expect(db.order.create({ data: order })).rejects.toThrow(/has no booking/);

    const { serviceId, staff } = await createBookableService({ orgId, price: 4500 });
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
    const booking = await db.$transaction(async (tx) => {
      const o = await tx.order.create({ data: order, select: { id: true } });
      return tx.booking.create({
        data: {
          orgId,
          serviceId,
          staffMemberId: staff[0].id,
          customerId: customer.id,
          orderId: o.id,
          status: "CONFIRMED",
          startsAt,
          endsAt,
          blockedFrom: startsAt,
          blockedUntil: endsAt,
          clientName: "Client",
          clientEmail: "client@test.dev",
          clientTimeZone: "UTC",
        },
        select: { id: true, orderId: true },
      });
    });
    await expect(db.booking.update({ where: { id: booking.id }, data: { orderId: null } })).rejects.toThrow(/has no booking/);
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).orderId).toBe(booking.orderId);
  });
});
