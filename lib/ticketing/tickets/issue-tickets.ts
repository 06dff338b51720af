import type { Tx } from "@/lib/orders";
import type { Seat } from "../checkout/checkout-fields";
import type { SeatCount } from "../checkout/hold-tickets";
import { splitAmount } from "../checkout/split-amount";
import { generateTicketCode } from "./ticket-code";

// The seats of a ticket order (its items) and the tickets it issues once paid (or free).

export async function orderSeats(tx: Tx, orderId: string): Promise<SeatCount[]> {
  const items = await tx.orderItem.findMany({ where: { orderId }, orderBy: { id: "asc" }, select: { ticketTypeId: true, quantity: true, ticketType: { select: { name: true } } } });
  return items.map((i) => ({ ticketTypeId: i.ticketTypeId, quantity: i.quantity, name: i.ticketType.name }));
}

type Item = { ticketTypeId: string; quantity: number; unitPrice: number; discount: number };

/**
 * One VALID ticket row per seat, for the attendee named at checkout (the buyer when none), with
 * what that seat cost: the line's discounted total split to the cent.
 */
export function ticketRows(options: { orgId: string; orderId: string; eventId: string; items: readonly Item[]; seats: readonly Seat[]; buyer: { name: string; email: string } }) {
  return options.items.flatMap((item) => {
    const seats = options.seats.filter((s) => s.ticketTypeId === item.ticketTypeId);
    const amounts = splitAmount(
      item.unitPrice * item.quantity - item.discount,
      Array.from({ length: item.quantity }, () => 1),
    );
    return amounts.map((amountPaid, i) => ({
      orgId: options.orgId,
      eventId: options.eventId,
      ticketTypeId: item.ticketTypeId,
      orderId: options.orderId,
      code: generateTicketCode(),
      amountPaid,
      attendeeName: seats[i]?.name ?? options.buyer.name,
      attendeeEmail: seats[i]?.email ?? options.buyer.email,
    }));
  });
}

/** Issues a paid order's tickets from what checkout stored. Idempotent: an order with tickets gets none. */
export async function issueTickets(tx: Tx, options: { orgId: string; orderId: string }): Promise<number> {
  if ((await tx.ticket.count({ where: { orderId: options.orderId, orgId: options.orgId } })) > 0) return 0;
  const order = await tx.order.findFirstOrThrow({
    where: { id: options.orderId, orgId: options.orgId },
    select: { eventId: true, attendees: true, buyerName: true, buyerEmail: true, items: { orderBy: { id: "asc" }, select: { ticketTypeId: true, quantity: true, unitPrice: true, discount: true } } },
  });
  const rows = ticketRows({ ...options, eventId: order.eventId!, items: order.items, seats: (order.attendees ?? []) as unknown as Seat[], buyer: { name: order.buyerName ?? "", email: order.buyerEmail ?? "" } });
  await tx.ticket.createMany({ data: rows });
  await tx.order.update({ where: { id: options.orderId }, data: { holdExpiresAt: null } });
  return rows.length;
}
