-- The Overview's order aggregates (revenue series, top customers, new vs returning, cohorts) read
-- an org's PAID orders in its currency over a paidAt range, and only these columns: with all of
-- them in one index they are index-only range scans instead of heap scans of the whole table.
CREATE INDEX "Order_orgId_status_currency_paidAt_customerId_amount_kind_idx" ON "Order"("orgId", "status", "currency", "paidAt", "customerId", "amount", "kind");
