-- Trigger function of "Order_rollups" (AFTER INSERT OR UPDATE OR DELETE ON "Order"): keeps the
-- rollups in step with the order log through frontdesk_apply_paid_order. First in migration 20261203090000.
CREATE OR REPLACE FUNCTION frontdesk_order_rollups() RETURNS TRIGGER
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
