import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getEmail, listEmails } from "@/lib/members/list-emails";
import { inviteMember } from "@/lib/members/invite-member";
import { expectRefused } from "@/test/actions";
import { snapshotOrg } from "@/test/member-helpers";
import { addMember, createOrg, form, signInAs, uid } from "@/test/factories";
import { changeMemberRoleAction, removeMemberAction, revokeInvitationAction, updateOrgSettingsAction } from "./actions";

// A member (even an owner) of org B acting on org A's ids: NOT_FOUND every way, A unchanged.
async function twoOrgs() {
  const a = await createOrg();
  const aStaff = await addMember(a.orgId, "STAFF");
  const aStaffM = await db.membership.findFirstOrThrow({ where: { orgId: a.orgId, userId: aStaff.id } });
  const aOwnerM = await db.membership.findFirstOrThrow({ where: { orgId: a.orgId, userId: a.userId } });
  await inviteMember({ orgId: a.orgId, actorUserId: a.userId, email: `a-${uid()}@example.com`, role: "ADMIN" });
  const aInvitation = await db.invitation.findFirstOrThrow({ where: { orgId: a.orgId } });
  const aEmail = await db.emailOutbox.findFirstOrThrow({ where: { orgId: a.orgId } });
  const b = await createOrg();
  return { a, b, aStaffM, aOwnerM, aInvitation, aEmail };
}

describe("settings: tenancy", () => {
  it("org B's owner cannot touch org A's memberships or invitations, with either slug", async () => {
    const { a, b, aStaffM, aOwnerM, aInvitation } = await twoOrgs();
    const before = await snapshotOrg(a.orgId);
    signInAs(b.userId);
    for (const slug of [b.slug, a.slug]) {
      expectRefused(await changeMemberRoleAction(null, form({ org: slug, membershipId: aStaffM.id, role: "OWNER" })), /not found|no longer/i);
      expectRefused(await changeMemberRoleAction(null, form({ org: slug, membershipId: aOwnerM.id, role: "STAFF" })), /not found|no longer/i);
      expectRefused(await removeMemberAction(null, form({ org: slug, membershipId: aStaffM.id })), /not found|no longer/i);
      expectRefused(await removeMemberAction(null, form({ org: slug, membershipId: aOwnerM.id })), /not found|no longer/i);
      expectRefused(await revokeInvitationAction(null, form({ org: slug, invitationId: aInvitation.id })), /not found|no longer/i);
    }
    expectRefused(await updateOrgSettingsAction(null, form({ org: a.slug, name: "Taken over", timezone: "UTC", currency: "USD" })), /not found/i);
    expect(await snapshotOrg(a.orgId)).toEqual(before);
  });

  it("org A's staff acting on A's ids is refused as well", async () => {
    const { a, aOwnerM, aInvitation } = await twoOrgs();
    const staff = await db.membership.findFirstOrThrow({ where: { orgId: a.orgId, role: "STAFF" } });
    const before = await snapshotOrg(a.orgId);
    signInAs(staff.userId);
    expectRefused(await changeMemberRoleAction(null, form({ org: a.slug, membershipId: staff.id, role: "OWNER" })));
    expectRefused(await removeMemberAction(null, form({ org: a.slug, membershipId: aOwnerM.id })));
    expectRefused(await revokeInvitationAction(null, form({ org: a.slug, invitationId: aInvitation.id })));
    expect(await snapshotOrg(a.orgId)).toEqual(before);
  });

  it("org A's emails are invisible from org B", async () => {
    const { a, b, aEmail } = await twoOrgs();
    expect(await getEmail({ orgId: b.orgId, emailId: aEmail.id })).toBeNull();
    expect((await listEmails({ orgId: b.orgId })).total).toBe(0);
    expect(await getEmail({ orgId: a.orgId, emailId: aEmail.id })).toMatchObject({ id: aEmail.id });
  });
});
