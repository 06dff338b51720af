import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { hashInvitationToken } from "@/lib/members/invitation-token";
import { expectFieldError, expectRefused, presentFields, redirectOf } from "@/test/actions";
import { snapshotOrg } from "@/test/member-helpers";
import { addMember, createOrg, createUser, form, signInAs, uid } from "@/test/factories";
import { changeMemberRoleAction, inviteMemberAction, leaveOrgAction, removeMemberAction, revokeInvitationAction } from "./actions";

const membershipOf = (orgId: string, userId: string) => db.membership.findFirstOrThrow({ where: { orgId, userId }, select: { id: true, role: true } });
const tokenOf = (url: string) => url.split("/invite/")[1];

async function invite(slug: string, email: string, role = "STAFF") {
  const state = await inviteMemberAction(null, form({ org: slug, email, role }));
  if (!state?.ok) throw new Error(`invite failed: ${JSON.stringify(state)}`);
  return state.data as { url: string; email: string };
}

describe("settings: invitations", () => {
  it("an owner invites: hashed token, 7-day expiry, an outbox email with the link, an audit row", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    const email = `New.Person-${uid()}@Example.com`;
    const state = await inviteMemberAction(null, form({ org: org.slug, email, role: "ADMIN" }));
    expect(state).toMatchObject({ ok: true });
    const { url } = (state as { data: { url: string } }).data;
    expect(url).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    const invitation = await db.invitation.findFirstOrThrow({ where: { orgId: org.orgId } });
    expect(invitation).toMatchObject({ email: email.toLowerCase(), role: "ADMIN", invitedById: org.userId, acceptedAt: null });
    expect(invitation.tokenHash).toBe(hashInvitationToken(tokenOf(url)));
    expect(invitation.tokenHash).not.toContain(tokenOf(url));
    const days = (invitation.expiresAt.getTime() - invitation.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);
    const outbox = await db.emailOutbox.findFirstOrThrow({ where: { orgId: org.orgId } });
    expect(outbox).toMatchObject({ to: email.toLowerCase(), status: "OUTBOX" });
    expect(outbox.html).toContain(url);
    expect(outbox.text).toContain(url);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "member.invited", targetId: invitation.id } })).toBe(1);
  });

  it("re-inviting a pending email replaces the old invitation; its link stops working", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    const email = `again-${uid()}@example.com`;
    const first = await invite(org.slug, email, "STAFF");
    const second = await invite(org.slug, email, "ADMIN");
    const pending = await db.invitation.findMany({ where: { orgId: org.orgId, email } });
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ role: "ADMIN", tokenHash: hashInvitationToken(tokenOf(second.url)) });
    expect(await db.invitation.count({ where: { tokenHash: hashInvitationToken(tokenOf(first.url)) } })).toBe(0);
  });

  it("an admin cannot cancel an owner invitation by re-inviting the email with a lower role; it still works", async () => {
    const org = await createOrg();
    const admin = await addMember(org.orgId, "ADMIN");
    const bob = `bob-${uid()}@example.com`;
    signInAs(org.userId);
    const ownerInvite = await invite(org.slug, bob, "OWNER");

    const before = await snapshotOrg(org.orgId);
    signInAs(admin.id);
    for (const role of ["STAFF", "ADMIN"]) {
      const state = await inviteMemberAction(null, form({ org: org.slug, email: bob.toUpperCase(), role }));
      expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/only an owner can replace it/), fieldErrors: { email: expect.stringMatching(/owner's invitation is pending/) } });
    }
    expect(await snapshotOrg(org.orgId)).toEqual(before);
    expect(await db.invitation.findMany({ where: { orgId: org.orgId, email: bob }, select: { role: true, tokenHash: true, acceptedAt: true } })).toEqual([{ role: "OWNER", tokenHash: hashInvitationToken(tokenOf(ownerInvite.url)), acceptedAt: null }]);

    // Admins still replace the invitations they could revoke.
    const carol = `carol-${uid()}@example.com`;
    await invite(org.slug, carol, "STAFF");
    await invite(org.slug, carol, "ADMIN");
    expect(await db.invitation.findMany({ where: { orgId: org.orgId, email: carol }, select: { role: true } })).toEqual([{ role: "ADMIN" }]);

    // The owner invitation's link still works for bob.
    const user = await createUser({ email: bob });
    expect(await acceptInvitation({ token: tokenOf(ownerInvite.url), userId: user.id })).toEqual({ slug: org.slug });
    expect(await db.membership.findMany({ where: { orgId: org.orgId, userId: user.id }, select: { role: true } })).toEqual([{ role: "OWNER" }]);
  });

  it("an owner may replace an owner invitation with a lower role", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    const email = `down-${uid()}@example.com`;
    const first = await invite(org.slug, email, "OWNER");
    await invite(org.slug, email, "STAFF");
    expect(await db.invitation.findMany({ where: { orgId: org.orgId, email }, select: { role: true } })).toEqual([{ role: "STAFF" }]);
    expect(await db.invitation.count({ where: { tokenHash: hashInvitationToken(tokenOf(first.url)) } })).toBe(0);
  });

  it("inviting an existing member is a field error", async () => {
    const org = await createOrg();
    const staff = await addMember(org.orgId, "STAFF");
    signInAs(org.userId);
    const before = await snapshotOrg(org.orgId);
    const state = await inviteMemberAction(null, form({ org: org.slug, email: staff.email.toUpperCase(), role: "ADMIN" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { email: expect.stringMatching(/already a member/) } });
    expect(await snapshotOrg(org.orgId)).toEqual(before);
  });

  it("an admin invites admins and staff but not owners", async () => {
    const org = await createOrg();
    const admin = await addMember(org.orgId, "ADMIN");
    signInAs(admin.id);
    await invite(org.slug, `adm-${uid()}@example.com`, "ADMIN");
    const before = await snapshotOrg(org.orgId);
    const state = await inviteMemberAction(null, form({ org: org.slug, email: `own-${uid()}@example.com`, role: "OWNER" }));
    expect(state).toMatchObject({ ok: false, fieldErrors: { role: expect.stringMatching(/admins and staff/) } });
    expect(await snapshotOrg(org.orgId)).toEqual(before);
  });

  it("staff cannot invite: refused, no invitation, no email", async () => {
    const org = await createOrg();
    const staff = await addMember(org.orgId, "STAFF");
    signInAs(staff.id);
    const before = await snapshotOrg(org.orgId);
    expectRefused(await inviteMemberAction(null, form({ org: org.slug, email: `x-${uid()}@example.com`, role: "STAFF" })), /role does not allow/);
    expect(await snapshotOrg(org.orgId)).toEqual(before);
  });

  it.each([
    ["empty email", { email: "" }, "email"],
    ["huge email", { email: `${"a".repeat(300)}@example.com` }, "email"],
    ["HTML email", { email: "<script>alert(1)</script>@example.com" }, "email"],
    ["unicode email", { email: "ünï@例え.jp" }, "email"],
    ["not an email", { email: "just words" }, "email"],
    ["unknown role", { role: "GOD" }, "role"],
    ["HTML role", { role: "<b>OWNER</b>" }, "role"],
    ["lowercase role", { role: "owner" }, "role"],
    ["missing role", { role: undefined }, "role"],
  ])("bad input (%s) gives a field error and changes nothing", async (_label, patch, field) => {
    const org = await createOrg();
    signInAs(org.userId);
    const before = await snapshotOrg(org.orgId);
    const fields = presentFields({ org: org.slug, email: `ok-${uid()}@example.com`, role: "STAFF", ...patch });
    const state = await inviteMemberAction(null, form(fields));
    expectFieldError(state, field);
    expect(await snapshotOrg(org.orgId)).toEqual(before);
  });

  it("revoking: owners and admins (not owner invitations for admins), never staff", async () => {
    const org = await createOrg();
    const admin = await addMember(org.orgId, "ADMIN");
    const staff = await addMember(org.orgId, "STAFF");
    signInAs(org.userId);
    await invite(org.slug, `o-${uid()}@example.com`, "OWNER");
    const staffInvite = await invite(org.slug, `s-${uid()}@example.com`, "STAFF");
    const ownerInv = await db.invitation.findFirstOrThrow({ where: { orgId: org.orgId, role: "OWNER" } });
    const staffInv = await db.invitation.findFirstOrThrow({ where: { orgId: org.orgId, role: "STAFF" } });

    const before = await snapshotOrg(org.orgId);
    signInAs(staff.id);
    expectRefused(await revokeInvitationAction(null, form({ org: org.slug, invitationId: staffInv.id })), /role does not allow/);
    signInAs(admin.id);
    expectRefused(await revokeInvitationAction(null, form({ org: org.slug, invitationId: ownerInv.id })), /owner/);
    expect(await snapshotOrg(org.orgId)).toEqual(before);

    expect(await revokeInvitationAction(null, form({ org: org.slug, invitationId: staffInv.id }))).toMatchObject({ ok: true });
    expect(await db.invitation.count({ where: { tokenHash: hashInvitationToken(tokenOf(staffInvite.url)) } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "invitation.revoked", targetId: staffInv.id } })).toBe(1);
    expectRefused(await revokeInvitationAction(null, form({ org: org.slug, invitationId: staffInv.id })), /no longer exists/);
  });
});

describe("settings: roles and removal", () => {
  it("an owner changes a role, with an audit row", async () => {
    const org = await createOrg();
    const staff = await addMember(org.orgId, "STAFF");
    const m = await membershipOf(org.orgId, staff.id);
    signInAs(org.userId);
    expect(await changeMemberRoleAction(null, form({ org: org.slug, membershipId: m.id, role: "ADMIN" }))).toMatchObject({ ok: true, message: "Role changed." });
    expect((await membershipOf(org.orgId, staff.id)).role).toBe("ADMIN");
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "member.role_changed" } });
    expect(audit).toMatchObject({ targetId: m.id, data: { from: "STAFF", to: "ADMIN", userId: staff.id } });
  });

  it("admins cannot change roles (no promotion to owner, not even themselves); staff neither", async () => {
    const org = await createOrg();
    const admin = await addMember(org.orgId, "ADMIN");
    const staff = await addMember(org.orgId, "STAFF");
    const adminM = await membershipOf(org.orgId, admin.id);
    const staffM = await membershipOf(org.orgId, staff.id);
    const ownerM = await membershipOf(org.orgId, org.userId);
    const before = await snapshotOrg(org.orgId);
    signInAs(admin.id);
    expectRefused(await changeMemberRoleAction(null, form({ org: org.slug, membershipId: adminM.id, role: "OWNER" })), /Only owners/);
    expectRefused(await changeMemberRoleAction(null, form({ org: org.slug, membershipId: staffM.id, role: "OWNER" })), /Only owners/);
    expectRefused(await changeMemberRoleAction(null, form({ org: org.slug, membershipId: ownerM.id, role: "STAFF" })), /Only owners/);
    signInAs(staff.id);
    expectRefused(await changeMemberRoleAction(null, form({ org: org.slug, membershipId: staffM.id, role: "OWNER" })), /role does not allow/);
    expectRefused(await changeMemberRoleAction(null, form({ org: org.slug, membershipId: staffM.id, role: "ADMIN" })), /role does not allow/);
    expect(await snapshotOrg(org.orgId)).toEqual(before);
  });

  it("the last owner cannot be demoted or removed, nor leave; with two owners one may go", async () => {
    const org = await createOrg();
    const ownerM = await membershipOf(org.orgId, org.userId);
    signInAs(org.userId);
    const before = await snapshotOrg(org.orgId);
    expectRefused(await changeMemberRoleAction(null, form({ org: org.slug, membershipId: ownerM.id, role: "ADMIN" })), /at least one owner/);
    expectRefused(await removeMemberAction(null, form({ org: org.slug, membershipId: ownerM.id })), /last owner/);
    expectRefused(await leaveOrgAction(null, form({ org: org.slug })), /last owner/);
    expect(await snapshotOrg(org.orgId)).toEqual(before);

    const second = await addMember(org.orgId, "OWNER");
    expect(await changeMemberRoleAction(null, form({ org: org.slug, membershipId: ownerM.id, role: "ADMIN" }))).toMatchObject({ ok: true });
    signInAs(second.id);
    expectRefused(await leaveOrgAction(null, form({ org: org.slug })), /last owner/);
  });

  it("owners all stepping down at once leave exactly one owner", async () => {
    const org = await createOrg();
    const others = await Promise.all(Array.from({ length: 5 }, () => addMember(org.orgId, "OWNER")));
    const ids = [org.userId, ...others.map((u) => u.id)];
    const memberships = await Promise.all(ids.map((id) => membershipOf(org.orgId, id)));
    // signInAs is global, so the race calls the domain function directly.
    const { changeMemberRole } = await import("@/lib/members/change-member-role");
    const results = await Promise.allSettled(ids.map((id, i) => changeMemberRole({ orgId: org.orgId, actorUserId: id, membershipId: memberships[i].id, role: "STAFF" })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(await db.membership.count({ where: { orgId: org.orgId, role: "OWNER" } })).toBe(1);
  });

  it("admins remove staff only; staff remove nobody; owners anyone but the last owner", async () => {
    const org = await createOrg();
    const admin = await addMember(org.orgId, "ADMIN");
    const admin2 = await addMember(org.orgId, "ADMIN");
    const staff = await addMember(org.orgId, "STAFF");
    const staff2 = await addMember(org.orgId, "STAFF");
    const [ownerM, admin2M, staffM, staff2M] = await Promise.all([org.userId, admin2.id, staff.id, staff2.id].map((id) => membershipOf(org.orgId, id)));

    const before = await snapshotOrg(org.orgId);
    signInAs(staff.id);
    expectRefused(await removeMemberAction(null, form({ org: org.slug, membershipId: staff2M.id })), /role does not allow/);
    signInAs(admin.id);
    expectRefused(await removeMemberAction(null, form({ org: org.slug, membershipId: admin2M.id })), /staff members only/);
    expectRefused(await removeMemberAction(null, form({ org: org.slug, membershipId: ownerM.id })), /staff members only/);
    expect(await snapshotOrg(org.orgId)).toEqual(before);

    expect(await removeMemberAction(null, form({ org: org.slug, membershipId: staffM.id }))).toMatchObject({ ok: true });
    expect(await db.membership.count({ where: { orgId: org.orgId, userId: staff.id } })).toBe(0);
    expect(await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "member.removed", targetId: staffM.id } })).toMatchObject({ actorUserId: admin.id });
    signInAs(org.userId);
    expect(await removeMemberAction(null, form({ org: org.slug, membershipId: admin2M.id }))).toMatchObject({ ok: true });
    expectRefused(await removeMemberAction(null, form({ org: org.slug, membershipId: admin2M.id })), /no longer in the organization/);
  });

  it("a member leaves on their own and loses access", async () => {
    const org = await createOrg();
    const staff = await addMember(org.orgId, "STAFF");
    signInAs(staff.id);
    expect(await redirectOf(leaveOrgAction(null, form({ org: org.slug })))).toBe("/");
    expect(await db.membership.count({ where: { orgId: org.orgId, userId: staff.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "member.removed", actorUserId: staff.id } })).toBe(1);
    expectRefused(await leaveOrgAction(null, form({ org: org.slug })), /not found/i);
  });

  it("bad ids and roles are field errors", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    const before = await snapshotOrg(org.orgId);
    for (const fields of [{ membershipId: "", role: "ADMIN" }, { membershipId: "x".repeat(5000), role: "ADMIN" }, { role: "ADMIN" }] as Record<string, string>[]) {
      const state = await changeMemberRoleAction(null, form({ org: org.slug, ...fields }));
      expect(state).toMatchObject({ ok: false, fieldErrors: { membershipId: expect.any(String) } });
    }
    expectRefused(await changeMemberRoleAction(null, form({ org: org.slug, membershipId: "nope", role: "ADMIN" })), /no longer in the organization/);
    expect(await snapshotOrg(org.orgId)).toEqual(before);
  });
});
