import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { uid } from "./factories";

// Events, ticket types and ticket orders for the door's integration tests, written straight to
// the database (the public checkout that normally creates them is another area's, tested there).
export async function createTestEvent(orgId: string, overrides: { title?: string; types?: { name: string; price: number; capacity?: number }[] } = {}) {
  const id = uid();
  const event = await db.event.create({
    data: { orgId, slug: `event-${id}`, title: overrides.title ?? `Event ${id}`, startsAt: new Date(Date.now() + 7 * 86_400_000), endsAt: new Date(Date.now() + 7 * 86_400_000 + 3 * 3_600_000), timeZone: "Europe/Berlin", status: "PUBLISHED" },
    select: { id: true, title: true, slug: true },
  });
  const types = [];
  for (const [position, t] of (overrides.types ?? [{ name: "General", price: 2500 }]).entries()) {
    types.push(await db.ticketType.create({ data: { orgId, eventId: event.id, position, name: t.name, price: t.price, currency: "EUR", capacity: t.capacity ?? 100 }, select: { id: true, name: true, price: true } }));
  }
  return { ...event, types };
}

export const testTicketCode = () => randomBytes(16).toString("base64url");

/** A ticket order with its items and (when paid, refunded or canceled) one ticket per seat; sold counts move like a checkout's. */
export async function createTicketOrder(input: {
  orgId: string;
  eventId: string;
  ticketTypeId: string;
  unitPrice: number;
  quantity?: number;
  status?: OrderStatus;
  buyerName?: string;
  buyerEmail?: string;
  paidAt?: Date;
  stripePaymentIntentId?: string;
  stripeCheckoutSessionId?: string;
}) {
  const id = uid();
  const quantity = input.quantity ?? 1;
  const status = input.status ?? "PAID";
  const buyerName = input.buyerName ?? `Buyer ${id}`;
  const buyerEmail = input.buyerEmail ?? `buyer-${id}@test.dev`;
  const customer = await db.customer.create({ data: { orgId: input.orgId, name: buyerName, email: buyerEmail, source: "TICKETING" }, select: { id: true } });
  const issued = status !== "PENDING" && status !== "EXPIRED";
  // The order and its tickets in one transaction: a paid ticket order needs them at commit.
  return db.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        orgId: input.orgId,
        customerId: customer.id,
        kind: "TICKET",
        eventId: input.eventId,
        amount: input.unitPrice * quantity,
        currency: "EUR",
        status,
        buyerName,
        buyerEmail,
        paidAt: issued ? (input.paidAt ?? new Date()) : null,
        stripePaymentIntentId: input.stripePaymentIntentId,
        stripeCheckoutSessionId: input.stripeCheckoutSessionId,
        items: { create: { ticketTypeId: input.ticketTypeId, quantity, unitPrice: input.unitPrice } },
      },
      select: { id: true, customerId: true },
    });
    const tickets = issued
      ? await Promise.all(
          Array.from({ length: quantity }, (_, i) =>
            tx.ticket.create({
              data: {
                orgId: input.orgId,
                eventId: input.eventId,
                ticketTypeId: input.ticketTypeId,
                orderId: order.id,
                code: testTicketCode(),
                attendeeName: `${buyerName} ${i + 1}`,
                attendeeEmail: buyerEmail,
                amountPaid: input.unitPrice,
                status: status === "PAID" ? "VALID" : "VOID",
              },
              select: { id: true, code: true },
            }),
          ),
        )
      : [];
    if (status === "PAID") await tx.ticketType.update({ where: { id: input.ticketTypeId }, data: { sold: { increment: quantity } } });
    return { ...order, orderId: order.id, buyerName, buyerEmail, tickets };
  });
}
