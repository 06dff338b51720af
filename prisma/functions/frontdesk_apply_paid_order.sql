-- Adds (sign 1) or removes (sign -1) one paid order of the org currency to the customer's rollups
-- (Customer.paidRevenue, firstPaidAt, CustomerMonth). Called by frontdesk_order_rollups only.
-- First in migration 20261203090000.
CREATE OR REPLACE FUNCTION frontdesk_apply_paid_order(org_id TEXT, customer_id TEXT, paid_at TIMESTAMP, amount INTEGER, kind "OrderKind", tz TEXT, sign INTEGER) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  m DATE := frontdesk_local_month(paid_at, tz);
  ticket INTEGER := CASE WHEN kind = 'TICKET' THEN 1 ELSE 0 END;
  inserted BOOLEAN;
  remaining INTEGER;
  first_month DATE;
  prev_month DATE;
  later BOOLEAN;
BEGIN
  -- First, so a customer's concurrent orders queue here (row lock until commit).
  UPDATE "Customer" c SET
    "paidRevenue" = c."paidRevenue" + sign * amount,
    "firstPaidAt" = CASE
      WHEN sign > 0 THEN LEAST(c."firstPaidAt", paid_at)
      WHEN c."firstPaidAt" = paid_at THEN (
        SELECT min(o."paidAt") FROM "Order" o JOIN "Organization" g ON g."id" = o."orgId"
        WHERE o."customerId" = customer_id AND o."status" = 'PAID' AND o."paidAt" IS NOT NULL AND o."currency" = g."currency")
      ELSE c."firstPaidAt" END
  WHERE c."id" = customer_id;

  IF sign > 0 THEN
    SELECT min("month"), max("month") FILTER (WHERE "month" < m), bool_or("month" > m)
      INTO first_month, prev_month, later
      FROM "CustomerMonth" WHERE "customerId" = customer_id;
    INSERT INTO "CustomerMonth" AS cm ("orgId", "customerId", "month", "firstMonth", "prevMonth", "orders", "revenue", "ticketOrders", "ticketRevenue")
    VALUES (org_id, customer_id, m, LEAST(first_month, m), prev_month, 1, amount, ticket, ticket * amount)
    ON CONFLICT ("customerId", "month") DO UPDATE SET
      "orders" = cm."orders" + 1, "revenue" = cm."revenue" + amount,
      "ticketOrders" = cm."ticketOrders" + ticket, "ticketRevenue" = cm."ticketRevenue" + ticket * amount
    RETURNING (xmax = 0) INTO inserted;
    -- The usual case, a new latest month, is complete as inserted; a month before others
    -- changes their links.
    IF inserted AND (later OR m < first_month) THEN PERFORM frontdesk_relink_customer_months(customer_id); END IF;
  ELSE
    UPDATE "CustomerMonth" SET
      "orders" = "orders" - 1, "revenue" = "revenue" - amount,
      "ticketOrders" = "ticketOrders" - ticket, "ticketRevenue" = "ticketRevenue" - ticket * amount
    WHERE "customerId" = customer_id AND "month" = m
    RETURNING "orders" INTO remaining;
    IF remaining <= 0 THEN
      DELETE FROM "CustomerMonth" WHERE "customerId" = customer_id AND "month" = m;
      PERFORM frontdesk_relink_customer_months(customer_id);
    END IF;
  END IF;
END $$;
