-- Analytics rollups kept current by the database itself, so the Overview reads small rows
-- instead of the whole order log: per customer, when they first paid and what they paid in all
-- (org currency), and one row per customer and local month with a paid order, carrying the
-- customer's first month (cohort) and previous month with one (NULL in the first). New vs
-- returning, distinct buyers over whole months and cohort retention are counts over these rows.
-- A trigger on "Order" applies every change of a paid order (status, amount, paidAt, customer,
-- currency, delete); one on "Organization" rebuilds the org's rows when its time zone or
-- currency changes. Per customer, the "Customer" row lock serialises the upkeep.
ALTER TABLE "Customer" ADD COLUMN "firstPaidAt" TIMESTAMP(3);
ALTER TABLE "Customer" ADD COLUMN "paidRevenue" BIGINT NOT NULL DEFAULT 0;
CREATE INDEX "Customer_orgId_paidRevenue_id_idx" ON "Customer"("orgId", "paidRevenue", "id");
CREATE INDEX "Customer_orgId_firstPaidAt_idx" ON "Customer"("orgId", "firstPaidAt");

CREATE TABLE "CustomerMonth" (
  "orgId" TEXT NOT NULL,
  "customerId" TEXT NOT NULL,
  "month" DATE NOT NULL,
  "firstMonth" DATE NOT NULL,
  "prevMonth" DATE,
  "orders" INTEGER NOT NULL,
  "revenue" BIGINT NOT NULL,
  "ticketOrders" INTEGER NOT NULL,
  "ticketRevenue" BIGINT NOT NULL,
  CONSTRAINT "CustomerMonth_pkey" PRIMARY KEY ("customerId", "month")
);
-- Covering: the Overview's month queries are index-only scans over a range of months.
CREATE INDEX "CustomerMonth_orgId_month_firstMonth_prevMonth_orders_revenue_ticketOrders_ticketRevenue_idx"
  ON "CustomerMonth"("orgId", "month", "firstMonth", "prevMonth", "orders", "revenue", "ticketOrders", "ticketRevenue");
ALTER TABLE "CustomerMonth" ADD CONSTRAINT "CustomerMonth_orgId_customerId_fkey" FOREIGN KEY ("orgId", "customerId") REFERENCES "Customer"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The local month (first day, org time zone) of a paidAt stored as UTC wall time.
CREATE FUNCTION frontdesk_local_month(paid_at TIMESTAMP, tz TEXT) RETURNS DATE
LANGUAGE sql IMMUTABLE AS $$ SELECT date_trunc('month', (paid_at AT TIME ZONE 'UTC') AT TIME ZONE tz)::date $$;

-- firstMonth and prevMonth of all of a customer's month rows, after a row came or went.
CREATE FUNCTION frontdesk_relink_customer_months(customer_id TEXT) RETURNS VOID
LANGUAGE sql AS $$
  UPDATE "CustomerMonth" cm SET "firstMonth" = x.first_month, "prevMonth" = x.prev_month
  FROM (
    SELECT "month", min("month") OVER () AS first_month, lag("month") OVER (ORDER BY "month") AS prev_month
    FROM "CustomerMonth" WHERE "customerId" = customer_id
  ) x
  WHERE cm."customerId" = customer_id AND cm."month" = x."month"
    AND (cm."firstMonth" IS DISTINCT FROM x.first_month OR cm."prevMonth" IS DISTINCT FROM x.prev_month)
$$;

-- Adds (sign 1) or removes (sign -1) one paid order of the org currency.
CREATE FUNCTION frontdesk_apply_paid_order(org_id TEXT, customer_id TEXT, paid_at TIMESTAMP, amount INTEGER, kind "OrderKind", tz TEXT, sign INTEGER) RETURNS VOID
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

CREATE FUNCTION frontdesk_order_rollups() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
  org RECORD;
  old_counts BOOLEAN := false;
  new_counts BOOLEAN := false;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."status" = NEW."status" AND OLD."paidAt" IS NOT DISTINCT FROM NEW."paidAt" AND OLD."amount" = NEW."amount"
     AND OLD."currency" = NEW."currency" AND OLD."customerId" = NEW."customerId" AND OLD."kind" = NEW."kind" AND OLD."orgId" = NEW."orgId" THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    SELECT "timezone", "currency" INTO org FROM "Organization" WHERE "id" = OLD."orgId";
    old_counts := OLD."status" = 'PAID' AND OLD."paidAt" IS NOT NULL AND OLD."currency" = org."currency";
    IF old_counts THEN PERFORM frontdesk_apply_paid_order(OLD."orgId", OLD."customerId", OLD."paidAt", OLD."amount", OLD."kind", org."timezone", -1); END IF;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    SELECT "timezone", "currency" INTO org FROM "Organization" WHERE "id" = NEW."orgId";
    new_counts := NEW."status" = 'PAID' AND NEW."paidAt" IS NOT NULL AND NEW."currency" = org."currency";
    IF new_counts THEN PERFORM frontdesk_apply_paid_order(NEW."orgId", NEW."customerId", NEW."paidAt", NEW."amount", NEW."kind", org."timezone", 1); END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Order_rollups" AFTER INSERT OR UPDATE OR DELETE ON "Order" FOR EACH ROW EXECUTE FUNCTION frontdesk_order_rollups();

-- Every rollup row of one org from the order log (the backfill, and after a time zone or
-- currency change).
CREATE FUNCTION frontdesk_rebuild_org_rollups(org_id TEXT) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  tz TEXT;
  cur TEXT;
BEGIN
  SELECT "timezone", "currency" INTO tz, cur FROM "Organization" WHERE "id" = org_id FOR UPDATE;
  DELETE FROM "CustomerMonth" WHERE "orgId" = org_id;
  UPDATE "Customer" c SET "firstPaidAt" = t.first_paid_at, "paidRevenue" = coalesce(t.revenue, 0)
  FROM "Customer" c2 LEFT JOIN (
    SELECT "customerId", min("paidAt") AS first_paid_at, sum("amount") AS revenue
    FROM "Order" WHERE "orgId" = org_id AND "status" = 'PAID' AND "paidAt" IS NOT NULL AND "currency" = cur
    GROUP BY 1
  ) t ON t."customerId" = c2."id"
  WHERE c2."orgId" = org_id AND c."id" = c2."id"
    AND (c."firstPaidAt" IS DISTINCT FROM t.first_paid_at OR c."paidRevenue" <> coalesce(t.revenue, 0));
  INSERT INTO "CustomerMonth" ("orgId", "customerId", "month", "firstMonth", "prevMonth", "orders", "revenue", "ticketOrders", "ticketRevenue")
  SELECT org_id, "customerId", m, min(m) OVER w, lag(m) OVER (w ORDER BY m), orders, revenue, ticket_orders, ticket_revenue
  FROM (
    SELECT "customerId", frontdesk_local_month("paidAt", tz) AS m, count(*)::int AS orders, sum("amount") AS revenue,
           (count(*) FILTER (WHERE "kind" = 'TICKET'))::int AS ticket_orders, coalesce(sum("amount") FILTER (WHERE "kind" = 'TICKET'), 0) AS ticket_revenue
    FROM "Order" WHERE "orgId" = org_id AND "status" = 'PAID' AND "paidAt" IS NOT NULL AND "currency" = cur
    GROUP BY 1, 2
  ) x
  WINDOW w AS (PARTITION BY "customerId");
END $$;

CREATE FUNCTION frontdesk_organization_rollups() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM frontdesk_rebuild_org_rollups(NEW."id");
  RETURN NULL;
END $$;

CREATE TRIGGER "Organization_rollups" AFTER UPDATE OF "timezone", "currency" ON "Organization"
  FOR EACH ROW WHEN (OLD."timezone" IS DISTINCT FROM NEW."timezone" OR OLD."currency" IS DISTINCT FROM NEW."currency")
  EXECUTE FUNCTION frontdesk_organization_rollups();

SELECT frontdesk_rebuild_org_rollups("id") FROM "Organization";
