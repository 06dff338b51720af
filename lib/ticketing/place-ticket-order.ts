import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Seat } from "./checkout-fields";
import { ticketRows } from "./issue-tickets";

// Invariant 2, no overselling, in ONE autocommit statement: the promo code row and the ticket
// types are locked (in id order, so buyers never deadlock), checked against their committed
// counts, and only when every type has the seats (and the code a use left) are the seats taken,
// the code counted, the buyer's customer upserted and the order, its items and (free) its tickets
// inserted. The row locks are held for the statement alone, microseconds, not across round
// trips; the CHECK (sold + held <= capacity) stays the backstop.

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

export async function placeTicketOrder(draft: TicketOrderDraft): Promise<PlacedTicketOrder> {
  const orderId = newId("ot");
  const wanted = draft.items.filter((i) => i.quantity > 0).map((i) => ({ ticketTypeId: i.ticketTypeId, quantity: i.quantity }));
  const items = draft.items.map((i) => ({ ...i, id: newId("oi") }));
  const tickets = draft.free ? ticketRows({ ...draft, orderId, items: draft.items, seats: draft.seats }).map((t) => ({ ...t, id: newId("tk") })) : [];
  const column = draft.free ? "sold" : "held";
  const email = draft.buyer.email.trim().toLowerCase();
  const [row] = await db.$queryRaw<{ ok: boolean; left: Record<string, number> | null; promoOk: boolean }[]>`
    WITH promo AS (
      SELECT id FROM "PromoCode"
      WHERE id = ${draft.promoCodeId}::text AND "orgId" = ${draft.orgId} AND active AND ("eventId" IS NULL OR "eventId" = ${draft.eventId})
        AND ("expiresAt" IS NULL OR "expiresAt" > ${draft.now}) AND ("maxRedemptions" IS NULL OR redemptions < "maxRedemptions")
      FOR UPDATE
    ), wanted AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) AS w("ticketTypeId" text, quantity int)
    ), locked AS (
      -- the promo row first (the webhook's late-payment retake locks in that order too)
      SELECT t.id, t.capacity - t.sold - t.held AS "left", w.quantity, (SELECT count(*) FROM promo) AS promos
      FROM "TicketType" t JOIN wanted w ON w."ticketTypeId" = t.id
      WHERE t."orgId" = ${draft.orgId} AND t."eventId" = ${draft.eventId}
      ORDER BY t.id FOR UPDATE OF t
    ), verdict AS (
      SELECT (SELECT count(*) FROM locked WHERE "left" >= quantity) = ${wanted.length} AND (${draft.promoCodeId}::text IS NULL OR EXISTS (SELECT 1 FROM promo)) AS ok
    ), taken AS (
      UPDATE "TicketType" t
      SET sold = t.sold + CASE WHEN ${column}::text = 'sold' THEN l.quantity ELSE 0 END,
          held = t.held + CASE WHEN ${column}::text = 'held' THEN l.quantity ELSE 0 END, "updatedAt" = now()
      FROM locked l, verdict v WHERE v.ok AND t.id = l.id
      RETURNING t.id
    ), redeemed AS (
      UPDATE "PromoCode" p SET redemptions = p.redemptions + 1, "updatedAt" = now() FROM promo, verdict v WHERE v.ok AND p.id = promo.id RETURNING p.id
    ), customer AS (
      INSERT INTO "Customer" ("id", "orgId", "name", "email", "source", "updatedAt")
      SELECT ${newId("ct")}, ${draft.orgId}, ${draft.buyer.name}, ${email}, 'TICKETING'::"CustomerSource", now() FROM verdict WHERE ok AND ${draft.customerId}::text IS NULL
      ON CONFLICT ("orgId", "email") DO UPDATE SET
        "name" = CASE WHEN btrim("Customer"."name") = '' THEN EXCLUDED."name" ELSE "Customer"."name" END,
        "updatedAt" = CASE WHEN btrim("Customer"."name") = '' THEN now() ELSE "Customer"."updatedAt" END
      RETURNING id
    ), placed AS (
      INSERT INTO "Order" ("id", "orgId", "customerId", "kind", "amount", "currency", "status", "paidAt", "updatedAt", "eventId", "promoCodeId", "discount", "holdExpiresAt", "buyerName", "buyerEmail", "attendees", "botRef")
      SELECT ${orderId}, ${draft.orgId}, COALESCE(${draft.customerId}::text, (SELECT id FROM customer)), 'TICKET'::"OrderKind", ${draft.amount}, ${draft.currency},
        ${draft.free ? "PAID" : "PENDING"}::"OrderStatus", ${draft.free ? draft.now : null}::timestamp(3), now(), ${draft.eventId}, ${draft.promoCodeId}::text, ${draft.discount},
        ${draft.holdExpiresAt}::timestamp(3), ${draft.buyer.name}, ${draft.buyer.email}, ${JSON.stringify(draft.seats)}::jsonb, ${draft.botRef}::text
      FROM verdict WHERE ok
      RETURNING id
    ), lines AS (
      INSERT INTO "OrderItem" ("id", "orderId", "ticketTypeId", "quantity", "unitPrice", "discount")
      SELECT i.id, placed.id, i."ticketTypeId", i.quantity, i."unitPrice", i.discount
      FROM placed, jsonb_to_recordset(${JSON.stringify(items)}::jsonb) AS i(id text, "ticketTypeId" text, quantity int, "unitPrice" int, discount int)
    ), issued AS (
      INSERT INTO "Ticket" ("id", "orgId", "eventId", "ticketTypeId", "orderId", "code", "attendeeName", "attendeeEmail", "amountPaid")
      SELECT x.id, x."orgId", x."eventId", x."ticketTypeId", placed.id, x.code, x."attendeeName", x."attendeeEmail", x."amountPaid"
      FROM placed, jsonb_to_recordset(${JSON.stringify(tickets)}::jsonb) AS x(id text, "orgId" text, "eventId" text, "ticketTypeId" text, code text, "attendeeName" text, "attendeeEmail" text, "amountPaid" int)
    )
    SELECT (SELECT ok FROM verdict) AS ok, (SELECT jsonb_object_agg(id, "left") FROM locked) AS "left", EXISTS (SELECT 1 FROM promo) AS "promoOk"`;
  const left = Object.fromEntries(wanted.map((w) => [w.ticketTypeId, Math.max(0, row.left?.[w.ticketTypeId] ?? 0)]));
  if (row.ok) return { orderId, left: Object.fromEntries(wanted.map((w) => [w.ticketTypeId, left[w.ticketTypeId] - w.quantity])) };
  return { orderId: null, left, promoUsedUp: draft.promoCodeId !== null && !row.promoOk };
}

