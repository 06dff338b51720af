-- Every rollup row of one org from the order log (the backfill, and after a time zone or currency
-- change: frontdesk_organization_rollups; also scripts/bench/seed-analytics-load.ts).
-- First in migration 20261203090000.
CREATE OR REPLACE FUNCTION frontdesk_rebuild_org_rollups(org_id TEXT) RETURNS VOID
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
