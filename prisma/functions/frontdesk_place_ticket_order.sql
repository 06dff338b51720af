-- Checkout's one statement (lib/ticketing/place-ticket-order.ts, decision 0004): refuses an event
-- that is over or canceled (FDEND), writes the buyer's customer, the order, its items and free
-- tickets, then counts the promo code (FDPRO) and takes the seats, one conditional UPDATE per ticket
-- type in id order (FDSLD). First in migration 20261203070000, replaced in 20261207105000.
CREATE OR REPLACE FUNCTION frontdesk_place_ticket_order(o JSONB) RETURNS JSONB
LANGUAGE plpgsql AS $$
DECLARE
  org_id TEXT := o->>'orgId';
  event_id TEXT := o->>'eventId';
  free BOOLEAN := (o->>'free')::BOOLEAN;
  at TIMESTAMP := (o->>'now')::TIMESTAMPTZ AT TIME ZONE 'UTC';
  customer_id TEXT := o->>'customerId';
  seat RECORD;
  remaining INTEGER;
  left_by_type JSONB := '{}';
BEGIN
  -- An event sells until it ends, and never once canceled: checked here too, so a page (or a
  -- script) that read the event a moment before it ended or was canceled cannot place an order.
  PERFORM 1 FROM "Event" WHERE "id" = event_id AND "orgId" = org_id AND "status" = 'PUBLISHED' AND "endsAt" > at;
  IF NOT FOUND THEN RAISE EXCEPTION 'frontdesk: event not on sale' USING ERRCODE = 'FDEND'; END IF;

  IF customer_id IS NULL THEN
    INSERT INTO "Customer" ("id", "orgId", "name", "email", "source", "updatedAt")
    VALUES (o->>'newCustomerId', org_id, o->>'buyerName', lower(btrim(o->>'buyerEmail')), 'TICKETING', now())
    ON CONFLICT ("orgId", "email") DO UPDATE SET
      "name" = CASE WHEN btrim("Customer"."name") = '' THEN EXCLUDED."name" ELSE "Customer"."name" END,
      "updatedAt" = CASE WHEN btrim("Customer"."name") = '' THEN now() ELSE "Customer"."updatedAt" END
    RETURNING "id" INTO customer_id;
  END IF;

  INSERT INTO "Order" ("id", "orgId", "customerId", "kind", "amount", "currency", "status", "paidAt", "updatedAt", "eventId", "promoCodeId", "discount", "holdExpiresAt", "buyerName", "buyerEmail", "attendees", "botRef")
  VALUES (o->>'orderId', org_id, customer_id, 'TICKET', (o->>'amount')::INTEGER, o->>'currency', CASE WHEN free THEN 'PAID' ELSE 'PENDING' END::"OrderStatus",
    CASE WHEN free THEN at END, now(), event_id, o->>'promoCodeId', (o->>'discount')::INTEGER, (o->>'holdExpiresAt')::TIMESTAMPTZ AT TIME ZONE 'UTC',
    o->>'buyerName', o->>'buyerEmail', o->'attendees', o->>'botRef');
  INSERT INTO "OrderItem" ("id", "orderId", "ticketTypeId", "quantity", "unitPrice", "discount")
  SELECT i."id", o->>'orderId', i."ticketTypeId", i."quantity", i."unitPrice", i."discount"
  FROM jsonb_to_recordset(o->'items') AS i("id" TEXT, "ticketTypeId" TEXT, "quantity" INTEGER, "unitPrice" INTEGER, "discount" INTEGER);
  INSERT INTO "Ticket" ("id", "orgId", "eventId", "ticketTypeId", "orderId", "code", "attendeeName", "attendeeEmail", "amountPaid")
  SELECT x."id", org_id, event_id, x."ticketTypeId", o->>'orderId', x."code", x."attendeeName", x."attendeeEmail", x."amountPaid"
  FROM jsonb_to_recordset(o->'tickets') AS x("id" TEXT, "ticketTypeId" TEXT, "code" TEXT, "attendeeName" TEXT, "attendeeEmail" TEXT, "amountPaid" INTEGER);

  -- The promo code before the seats: the lock order of the late-payment retake too.
  IF o->>'promoCodeId' IS NOT NULL THEN
    UPDATE "PromoCode" SET "redemptions" = "redemptions" + 1, "updatedAt" = now()
    WHERE "id" = o->>'promoCodeId' AND "orgId" = org_id AND "active" AND ("eventId" IS NULL OR "eventId" = event_id)
      AND ("expiresAt" IS NULL OR "expiresAt" > at) AND ("maxRedemptions" IS NULL OR "redemptions" < "maxRedemptions");
    IF NOT FOUND THEN RAISE EXCEPTION 'frontdesk: promo code used up' USING ERRCODE = 'FDPRO'; END IF;
  END IF;
  FOR seat IN SELECT * FROM jsonb_to_recordset(o->'seats') AS s("ticketTypeId" TEXT, "quantity" INTEGER) ORDER BY s."ticketTypeId" COLLATE "C" LOOP
    UPDATE "TicketType" SET
      "sold" = "sold" + CASE WHEN free THEN seat."quantity" ELSE 0 END,
      "held" = "held" + CASE WHEN free THEN 0 ELSE seat."quantity" END, "updatedAt" = now()
    WHERE "id" = seat."ticketTypeId" AND "orgId" = org_id AND "eventId" = event_id AND "sold" + "held" + seat."quantity" <= "capacity"
    RETURNING "capacity" - "sold" - "held" INTO remaining;
    IF NOT FOUND THEN RAISE EXCEPTION 'frontdesk: sold out' USING ERRCODE = 'FDSLD'; END IF;
    left_by_type := left_by_type || jsonb_build_object(seat."ticketTypeId", remaining);
  END LOOP;
  RETURN left_by_type;
END $$;
