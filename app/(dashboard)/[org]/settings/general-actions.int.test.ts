import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { expectFieldError, expectRefused, presentFields } from "@/test/actions";
import { snapshotOrg } from "@/test/member-helpers";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { updateOrgSettingsAction } from "./actions";

const valid = { name: "Renamed Studio", timezone: "America/New_York", currency: "USD" };

describe("settings: general", () => {
  it("an owner saves name, time zone and currency, with an org.updated audit row", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    const state = await updateOrgSettingsAction(null, form({ org: org.slug, ...valid, currency: "usd", slug: "hijacked-slug" }));
    expect(state).toMatchObject({ ok: true, message: "Settings saved." });
    const saved = await db.organization.findUniqueOrThrow({ where: { id: org.orgId }, select: { name: true, slug: true, timezone: true, currency: true } });
    expect(saved).toEqual({ name: "Renamed Studio", slug: org.slug, timezone: "America/New_York", currency: "USD" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "org.updated" } });
    expect(audit).toMatchObject({ actorUserId: org.userId, targetId: org.orgId });
    expect(audit.data).toMatchObject({ name: { from: org.name, to: "Renamed Studio" }, currency: { from: "EUR", to: "USD" } });
  });

  it("an admin may save too", async () => {
    const org = await createOrg();
    const admin = await addMember(org.orgId, "ADMIN");
    signInAs(admin.id);
    expect(await updateOrgSettingsAction(null, form({ org: org.slug, ...valid }))).toMatchObject({ ok: true });
  });

  it("staff is refused with a clear message and nothing changes", async () => {
    const org = await createOrg();
    const staff = await addMember(org.orgId, "STAFF");
    signInAs(staff.id);
    const before = await snapshotOrg(org.orgId);
    const state = await updateOrgSettingsAction(null, form({ org: org.slug, ...valid }));
    expectRefused(state, /role does not allow/);
    expect(await snapshotOrg(org.orgId)).toEqual(before);
  });

  it("signed out or not a member: refused, nothing changes", async () => {
    const org = await createOrg();
    const before = await snapshotOrg(org.orgId);
    signInAs(null);
    expectRefused(await updateOrgSettingsAction(null, form({ org: org.slug, ...valid })), /sign in/i);
    const other = await createOrg();
    signInAs(other.userId);
    expectRefused(await updateOrgSettingsAction(null, form({ org: org.slug, ...valid })), /not found/i);
    expect(await snapshotOrg(org.orgId)).toEqual(before);
  });

  it.each([
    ["empty name", { name: "   " }, "name"],
    ["huge name", { name: "x".repeat(100_000) }, "name"],
    ["HTML name", { name: "<img src=x onerror=alert(1)>" }, "name"],
    ["NUL in name", { name: "Evil\u0000Org" }, "name"],
    ["unknown time zone", { timezone: "Mars/Olympus_Mons" }, "timezone"],
    ["unicode time zone", { timezone: "Европа/Берлин" }, "timezone"],
    ["HTML currency", { currency: "<b>" }, "currency"],
    ["made-up currency", { currency: "ZZZ" }, "currency"],
    ["missing currency", { currency: undefined }, "currency"],
  ])("bad input (%s) gives a field error and changes nothing", async (_label, patch, field) => {
    const org = await createOrg();
    signInAs(org.userId);
    const before = await snapshotOrg(org.orgId);
    const fields = presentFields({ org: org.slug, ...valid, ...patch });
    const state = await updateOrgSettingsAction(null, form(fields));
    expectFieldError(state, field);
    expect(await snapshotOrg(org.orgId)).toEqual(before);
  });

  it("a unicode name is kept as written", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    expect(await updateOrgSettingsAction(null, form({ org: org.slug, ...valid, name: "Café Ünïcødé 東京 🎉" }))).toMatchObject({ ok: true });
    expect((await db.organization.findUniqueOrThrow({ where: { id: org.orgId } })).name).toBe("Café Ünïcødé 東京 🎉");
  });
});
