import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { updateOrganization } from "./update-organization";

describe("updateOrganization", () => {
  it("writes no row and no audit entry when nothing changed", async () => {
    const org = await createOrg();
    const result = await updateOrganization({ orgId: org.orgId, actorUserId: org.userId, fields: { name: org.name, timezone: org.timezone, currency: org.currency } });
    expect(result).toEqual({ changed: false });
    expect(await db.auditLog.count({ where: { orgId: org.orgId } })).toBe(0);
  });

  it("records only the fields that changed", async () => {
    const org = await createOrg();
    await updateOrganization({ orgId: org.orgId, actorUserId: org.userId, fields: { name: org.name, timezone: "Asia/Tokyo", currency: org.currency } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "org.updated" } });
    expect(audit.data).toEqual({ timezone: { from: org.timezone, to: "Asia/Tokyo" } });
  });
});
