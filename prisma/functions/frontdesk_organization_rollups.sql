-- Trigger function of "Organization_rollups" (AFTER UPDATE OF timezone, currency): rebuilds the
-- org's rollups. First in migration 20261203090000.
CREATE OR REPLACE FUNCTION frontdesk_organization_rollups() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM frontdesk_rebuild_org_rollups(NEW."id");
  RETURN NULL;
END $$;
