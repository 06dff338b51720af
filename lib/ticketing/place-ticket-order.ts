import { randomUUID } from "node:crypto";
import { pgPool } from "@/lib/db/pg-pool";
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

// The hot statement of a rush, so it runs on the plain pg pool as a named prepared statement:
// neither Prisma's per-query work nor planning it again on every checkout. Timestamps travel as
// ISO strings read as UTC, like every timestamp Prisma stores.
const utc = (n: number) => `($${n}::timestamptz AT TIME ZONE 'UTC')`;
const PLACE_TICKET_ORDER = `
  WITH promo AS (
    SELECT id FROM "PromoCode"
    WHERE id = $1::text AND "orgId" = $2::text AND active AND ("eventId" IS NULL OR "eventId" = $3::text)
      AND ("expiresAt" IS NULL OR "expiresAt" > ${utc(4)}) AND ("maxRedemptions" IS NULL OR redemptions < "maxRedemptions")
    FOR UPDATE
  ), wanted AS (
    SELECT * FROM jsonb_to_recordset($5::jsonb) AS w("ticketTypeId" text, quantity int)
  ), locked AS (
    -- the promo row first (the webhook's late-payment retake locks in that order too)
    SELECT t.id, t.capacity - t.sold - t.held AS "left", w.quantity, (SELECT count(*) FROM promo) AS promos
    FROM "TicketType" t JOIN wanted w ON w."ticketTypeId" = t.id
    WHERE t."orgId" = $2::text AND t."eventId" = $3::text
    ORDER BY t.id FOR UPDATE OF t
  ), verdict AS (
    SELECT (SELECT count(*) FROM locked WHERE "left" >= quantity) = (SELECT count(*) FROM wanted) AND ($1::text IS NULL OR EXISTS (SELECT 1 FROM promo)) AS ok
  ), taken AS (
    UPDATE "TicketType" t
    SET sold = t.sold + CASE WHEN $6::boolean THEN l.quantity ELSE 0 END,
        held = t.held + CASE WHEN $6::boolean THEN 0 ELSE l.quantity END, "updatedAt" = now()
    FROM locked l, verdict v WHERE v.ok AND t.id = l.id
    RETURNING t.id
  ), redeemed AS (
    UPDATE "PromoCode" p SET redemptions = p.redemptions + 1, "updatedAt" = now() FROM promo, verdict v WHERE v.ok AND p.id = promo.id RETURNING p.id
  ), customer AS (
    INSERT INTO "Customer" ("id", "orgId", "name", "email", "source", "updatedAt")
    SELECT $7::text, $2::text, $8::text, $9::text, 'TICKETING'::"CustomerSource", now() FROM verdict WHERE ok AND $10::text IS NULL
    ON CONFLICT ("orgId", "email") DO UPDATE SET
      "name" = CASE WHEN btrim("Customer"."name") = '' THEN EXCLUDED."name" ELSE "Customer"."name" END,
      "updatedAt" = CASE WHEN btrim("Customer"."name") = '' THEN now() ELSE "Customer"."updatedAt" END
    RETURNING id
  ), placed AS (
    INSERT INTO "Order" ("id", "orgId", "customerId", "kind", "amount", "currency", "status", "paidAt", "updatedAt", "eventId", "promoCodeId", "discount", "holdExpiresAt", "buyerName", "buyerEmail", "attendees", "botRef")
    SELECT $11::text, $2::text, COALESCE($10::text, (SELECT id FROM customer)), 'TICKET'::"OrderKind", $12::int, $13::text,
      CASE WHEN $6::boolean THEN 'PAID' ELSE 'PENDING' END::"OrderStatus", CASE WHEN $6::boolean THEN ${utc(4)} END, now(), $3::text, $1::text, $14::int,
      ${utc(15)}, $8::text, $16::text, $17::jsonb, $18::text
    FROM verdict WHERE ok
    RETURNING id
  ), lines AS (
    INSERT INTO "OrderItem" ("id", "orderId", "ticketTypeId", "quantity", "unitPrice", "discount")
    SELECT i.id, placed.id, i."ticketTypeId", i.quantity, i."unitPrice", i.discount
    FROM placed, jsonb_to_recordset($19::jsonb) AS i(id text, "ticketTypeId" text, quantity int, "unitPrice" int, discount int)
  ), issued AS (
    INSERT INTO "Ticket" ("id", "orgId", "eventId", "ticketTypeId", "orderId", "code", "attendeeName", "attendeeEmail", "amountPaid")
    SELECT x.id, $2::text, $3::text, x."ticketTypeId", placed.id, x.code, x."attendeeName", x."attendeeEmail", x."amountPaid"
    FROM placed, jsonb_to_recordset($20::jsonb) AS x(id text, "ticketTypeId" text, code text, "attendeeName" text, "attendeeEmail" text, "amountPaid" int)
  )
  SELECT (SELECT ok FROM verdict) AS ok, (SELECT jsonb_object_agg(id, "left") FROM locked) AS "left", EXISTS (SELECT 1 FROM promo) AS "promoOk"`;

export async function placeTicketOrder(draft: TicketOrderDraft): Promise<PlacedTicketOrder> {
  const orderId = newId("ot");
  const wanted = draft.items.filter((i) => i.quantity > 0).map((i) => ({ ticketTypeId: i.ticketTypeId, quantity: i.quantity }));
  const items = draft.items.map((i) => ({ ...i, id: newId("oi") }));
  const tickets = draft.free ? ticketRows({ ...draft, orderId, items: draft.items, seats: draft.seats }).map((t) => ({ ...t, id: newId("tk") })) : [];
  const values = [
    draft.promoCodeId, draft.orgId, draft.eventId, draft.now.toISOString(), JSON.stringify(wanted), draft.free,
    newId("ct"), draft.buyer.name, draft.buyer.email.trim().toLowerCase(), draft.customerId,
    orderId, draft.amount, draft.currency, draft.discount, draft.holdExpiresAt?.toISOString() ?? null, draft.buyer.email, JSON.stringify(draft.seats), draft.botRef,
    JSON.stringify(items), JSON.stringify(tickets),
  ];
  const { rows } = await pgPool().query<{ ok: boolean; left: Record<string, number> | null; promoOk: boolean }>({ name: "place-ticket-order", text: PLACE_TICKET_ORDER, values });
  const [row] = rows;
  const left = Object.fromEntries(wanted.map((w) => [w.ticketTypeId, Math.max(0, row.left?.[w.ticketTypeId] ?? 0)]));
  if (row.ok) return { orderId, left: Object.fromEntries(wanted.map((w) => [w.ticketTypeId, left[w.ticketTypeId] - w.quantity])) };
  return { orderId: null, left, promoUsedUp: draft.promoCodeId !== null && !row.promoOk };
}
