import { randomUUID } from "node:crypto";
import { pgPool } from "@/lib/db/pg-pool";
import { AppError } from "@/lib/errors";
import type { Seat } from "./checkout-fields";
import { EVENT_NOT_ON_SALE } from "./event-sale-state";
import { ticketRows } from "../tickets/issue-tickets";

// Invariant 2, no overselling, in ONE autocommit statement: frontdesk_place_ticket_order (source:
// prisma/functions/frontdesk_place_ticket_order.sql; refuses an event that is over or canceled) writes the buyer's customer, the order, its items and (free) its
// tickets first, then counts the promo code and takes the seats, each by one conditional UPDATE;
// a miss raises and the whole call rolls back. So a ticket type's row lock is held for its UPDATE
// and the commit only, microseconds, while a rush queues on it; the CHECK (sold + held <=
// capacity) stays the backstop.

type Item = { ticketTypeId: string; quantity: number; unitPrice: number; discount: number };

export type TicketOrderDraft = {
  orgId: string;
  eventId: string;
  /** The customer resolved beforehand (a bot link), or null: the buyer's email customer, upserted. */
  customerId: string | null;
  buyer: { name: string; email: string };
  free: boolean;
  amount: number;
  currency: string;
  discount: number;
  promoCodeId: string | null;
  holdExpiresAt: Date | null;
  botRef: string | null;
  now: Date;
  items: readonly Item[];
  seats: readonly Seat[];
};

/** Placed, or what was missing: each wanted type's seats left, and whether the promo code ran out. */
export type PlacedTicketOrder = { orderId: string; left: Record<string, number> } | { orderId: null; left: Record<string, number>; promoUsedUp: boolean };

const newId = (prefix: string) => `${prefix}${randomUUID().replaceAll("-", "")}`;
const SOLD_OUT = "FDSLD";
const PROMO_USED_UP = "FDPRO";
const NOT_ON_SALE = "FDEND";

export async function placeTicketOrder(draft: TicketOrderDraft): Promise<PlacedTicketOrder> {
  const orderId = newId("ot");
  const seats = draft.items.filter((i) => i.quantity > 0).map((i) => ({ ticketTypeId: i.ticketTypeId, quantity: i.quantity }));
  const order = {
    ...draft,
    orderId,
    newCustomerId: newId("ct"),
    buyerName: draft.buyer.name,
    buyerEmail: draft.buyer.email,
    attendees: draft.seats,
    seats,
    items: draft.items.map((i) => ({ ...i, id: newId("oi") })),
    tickets: draft.free ? ticketRows({ ...draft, orderId, items: draft.items, seats: draft.seats }).map((t) => ({ ...t, id: newId("tk") })) : [],
  };
  try {
    // The hot statement of a rush: on the plain pg pool, prepared once per connection.
    const { rows } = await pgPool().query<{ left: Record<string, number> }>({ name: "place-ticket-order", text: "SELECT frontdesk_place_ticket_order($1::jsonb) AS left", values: [JSON.stringify(order)] });
    return { orderId, left: rows[0].left };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === PROMO_USED_UP) return { orderId: null, left: {}, promoUsedUp: true };
    if (code === NOT_ON_SALE) throw new AppError("CONFLICT", EVENT_NOT_ON_SALE);
    if (code !== SOLD_OUT) throw err;
    return {
      orderId: null,
      left: await seatsLeft(
        draft.orgId,
        seats.map((s) => s.ticketTypeId),
      ),
      promoUsedUp: false,
    };
  }
}

// What is left as others see it now (the call rolled back whatever it had taken).
async function seatsLeft(orgId: string, ticketTypeIds: string[]): Promise<Record<string, number>> {
  const { rows } = await pgPool().query<{ id: string; left: number }>(`SELECT id, GREATEST(capacity - sold - held, 0) AS left FROM "TicketType" WHERE "orgId" = $1 AND id = ANY($2::text[])`, [orgId, ticketTypeIds]);
  return Object.fromEntries(rows.map((r) => [r.id, r.left]));
}
