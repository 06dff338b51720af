-- Trigger function of the deferred constraint triggers "Order_paid_has_sale",
-- "Ticket_keeps_paid_order_sale" and "Booking_keeps_paid_order_sale": a paid order is a real sale
-- (a TICKET order has its tickets, a BOOKING order its booking), checked at commit.
-- First in migration 20261207103000.
CREATE OR REPLACE FUNCTION frontdesk_check_paid_order_sale() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
  order_id TEXT;
  o RECORD;
BEGIN
  -- Separate statements: a row of "Order" has no "orderId", and PL/pgSQL reads a field when it runs.
  IF TG_TABLE_NAME = 'Order' THEN order_id := NEW."id"; ELSE order_id := OLD."orderId"; END IF;
  -- The order as it is at commit, not as this row change saw it.
  SELECT "id", "kind", "status", "stripeCheckoutSessionId" INTO o FROM "Order" WHERE "id" = order_id;
  IF NOT FOUND OR o."status" <> 'PAID' THEN RETURN NULL; END IF;
  IF o."kind" = 'TICKET' AND o."stripeCheckoutSessionId" IS NULL AND NOT EXISTS (SELECT 1 FROM "Ticket" WHERE "orderId" = o."id") THEN
    RAISE EXCEPTION 'frontdesk: paid ticket order % has no tickets', o."id" USING ERRCODE = 'check_violation', CONSTRAINT = 'Order_paid_ticket_has_tickets';
  END IF;
  IF o."kind" = 'BOOKING' AND NOT EXISTS (SELECT 1 FROM "Booking" WHERE "orderId" = o."id") THEN
    RAISE EXCEPTION 'frontdesk: paid booking order % has no booking', o."id" USING ERRCODE = 'check_violation', CONSTRAINT = 'Order_paid_booking_has_booking';
  END IF;
  RETURN NULL;
END $$;
