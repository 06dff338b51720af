-- A paid order is a real sale: a TICKET order is for an event and, once paid, has its tickets; a
-- paid BOOKING order has its booking. Checked at commit (deferred), because checkout writes the
-- order first and its tickets or booking next in the same transaction (frontdesk_place_ticket_order,
-- createBooking, the Stripe webhook's fulfilment). Refunds and cancellations VOID tickets and keep
-- them, so those orders still pass. One exception: a Stripe payment that arrived for seats that
-- were gone (or an event that was canceled) is PAID with no tickets until its refund goes through.

-- The old demo seed wrote purchase history that no checkout can write: PAID ticket orders with no
-- event, no items, no tickets and no Stripe payment. They are not sales; they go.
DELETE FROM "Order" o
WHERE o."kind" = 'TICKET' AND o."eventId" IS NULL AND o."stripeCheckoutSessionId" IS NULL AND o."stripePaymentIntentId" IS NULL
  AND NOT EXISTS (SELECT 1 FROM "Ticket" t WHERE t."orderId" = o."id")
  AND NOT EXISTS (SELECT 1 FROM "OrderItem" i WHERE i."orderId" = o."id");

ALTER TABLE "Order" ADD CONSTRAINT "Order_ticket_has_event" CHECK ("kind" <> 'TICKET' OR "eventId" IS NOT NULL);

CREATE FUNCTION frontdesk_check_paid_order_sale() RETURNS TRIGGER
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

CREATE CONSTRAINT TRIGGER "Order_paid_has_sale" AFTER INSERT OR UPDATE OF "status", "kind" ON "Order"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION frontdesk_check_paid_order_sale();
CREATE CONSTRAINT TRIGGER "Ticket_keeps_paid_order_sale" AFTER DELETE OR UPDATE OF "orderId" ON "Ticket"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION frontdesk_check_paid_order_sale();
CREATE CONSTRAINT TRIGGER "Booking_keeps_paid_order_sale" AFTER DELETE OR UPDATE OF "orderId" ON "Booking"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION frontdesk_check_paid_order_sale();
