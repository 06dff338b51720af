import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { findInvitation } from "@/lib/members/find-invitation";
import { inviteMember } from "@/lib/members/invite-member";
import { expectRefused, redirectOf } from "@/test/actions";
import { snapshotOrg } from "@/test/member-helpers";
import { verifyPassword } from "@/lib/auth/password";
import { addMember, createOrg, createUser, form, signInAs, uid } from "@/test/factories";

// Signing in sets a cookie, which needs a Next.js request; the test only checks it is asked for.
const signIn = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock("@/lib/auth/auth", () => ({ signIn }));

const { acceptInvitationAction, signUpWithInvitationAction } = await import("./actions");

async function invited(role: "OWNER" | "ADMIN" | "STAFF" = "STAFF", email = `invitee-${uid()}@example.com`) {
  const org = await createOrg();
  const { url, invitationId } = await inviteMember({ orgId: org.orgId, actorUserId: org.userId, email, role });
  return { org, email, token: url.split("/invite/")[1], invitationId };
}

describe("invitation acceptance", () => {
  it("the invited user, signed in, accepts once: one membership with the invited role, then to the org", async () => {
    const { org, email, token, invitationId } = await invited("ADMIN");
    const user = await createUser({ email });
    signInAs(user.id);
    expect(await findInvitation({ token, viewerUserId: user.id })).toMatchObject({ status: "valid", role: "ADMIN", org: { slug: org.slug }, viewer: { isMember: false, isInvited: true } });
    expect(await redirectOf(acceptInvitationAction(null, form({ token })))).toBe(`/${org.slug}`);
    expect(await db.membership.findMany({ where: { orgId: org.orgId, userId: user.id }, select: { role: true } })).toEqual([{ role: "ADMIN" }]);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "invitation.accepted" } })).toBe(1);

    // The same user again just goes in; someone else is refused.
    expect(await redirectOf(acceptInvitationAction(null, form({ token })))).toBe(`/${org.slug}`);
    const other = await createUser();
    signInAs(other.id);
    expectRefused(await acceptInvitationAction(null, form({ token })), /was sent to/);
    expect(await findInvitation({ token })).toMatchObject({ status: "used" });
    expect(await db.membership.count({ where: { orgId: org.orgId } })).toBe(2);
  });

  it("an invited person who became a member meanwhile keeps their role and the invitation is used up", async () => {
    const { org, email, token, invitationId } = await invited("OWNER");
    const staff = await createUser({ email });
    await db.membership.create({ data: { orgId: org.orgId, userId: staff.id, role: "STAFF" } });
    signInAs(staff.id);
    expect(await redirectOf(acceptInvitationAction(null, form({ token })))).toBe(`/${org.slug}`);
    expect((await db.membership.findFirstOrThrow({ where: { orgId: org.orgId, userId: staff.id } })).role).toBe("STAFF");
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toBeInstanceOf(Date);
  });

  it("racing for one link (the invited user twice, another account once): exactly one membership, the invited user's", async () => {
    const { org, email, token } = await invited();
    const [a, b] = await Promise.all([createUser({ email }), createUser()]);
    const { acceptInvitation } = await import("@/lib/members/accept-invitation");
    const results = await Promise.allSettled([acceptInvitation({ token, userId: a.id }), acceptInvitation({ token, userId: b.id }), acceptInvitation({ token, userId: a.id })]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await db.membership.findMany({ where: { orgId: org.orgId, userId: { in: [a.id, b.id] } }, select: { userId: true } })).toEqual([{ userId: a.id }]);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "invitation.accepted" } })).toBe(1);
  });

  it("a link is bound to the invited email: another account cannot accept it (not even an owner invitation, not even a member)", async () => {
    const { org, email, token, invitationId } = await invited("OWNER");
    const stranger = await createUser();
    const staff = await addMember(org.orgId, "STAFF");
    const before = await snapshotOrg(org.orgId);
    for (const user of [stranger, staff]) {
      signInAs(user.id);
      expect(await findInvitation({ token, viewerUserId: user.id })).toMatchObject({ status: "valid", email, viewer: { email: user.email, isInvited: false } });
      const state = await acceptInvitationAction(null, form({ token }));
      expect(state).toMatchObject({ ok: false, message: `This invitation was sent to ${email}. You are signed in as ${user.email}: sign in as ${email} to accept it.` });
    }
    expect(await snapshotOrg(org.orgId)).toEqual(before);
    expect(await db.membership.count({ where: { orgId: org.orgId, userId: stranger.id } })).toBe(0);
    expect((await db.membership.findFirstOrThrow({ where: { orgId: org.orgId, userId: staff.id } })).role).toBe("STAFF");
    expect(await db.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { acceptedAt: true } })).toEqual({ acceptedAt: null });
    expect(await findInvitation({ token })).toMatchObject({ status: "valid" });

    // The invited address still can.
    const invitee = await createUser({ email });
    signInAs(invitee.id);
    expect(await redirectOf(acceptInvitationAction(null, form({ token })))).toBe(`/${org.slug}`);
    expect(await db.membership.findMany({ where: { orgId: org.orgId, userId: invitee.id }, select: { role: true } })).toEqual([{ role: "OWNER" }]);
  });

  it("the email match ignores case", async () => {
    const { org, email, token } = await invited("ADMIN", `Mixed.Case-${uid()}@Example.com`);
    expect(email).not.toBe(email.toLowerCase());
    const user = await createUser({ email: email.toUpperCase() });
    signInAs(user.id);
    expect(await findInvitation({ token, viewerUserId: user.id })).toMatchObject({ viewer: { isInvited: true } });
    expect(await redirectOf(acceptInvitationAction(null, form({ token })))).toBe(`/${org.slug}`);
    expect(await db.membership.findMany({ where: { orgId: org.orgId, userId: user.id }, select: { role: true } })).toEqual([{ role: "ADMIN" }]);
  });

  it("an expired token is refused and adds nobody", async () => {
    const { org, email, token, invitationId } = await invited();
    await db.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findInvitation({ token })).toMatchObject({ status: "expired", orgName: org.name });
    const user = await createUser({ email });
    signInAs(user.id);
    expectRefused(await acceptInvitationAction(null, form({ token })), /expired/);
    signInAs(null);
    expectRefused(await signUpWithInvitationAction(null, form({ token, name: "Late", password: "long-enough-pw" })), /expired/);
    expect(await db.membership.count({ where: { orgId: org.orgId } })).toBe(1);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toBeNull();
  });

  it("unknown, malformed or revoked tokens are refused", async () => {
    const user = await createUser();
    signInAs(user.id);
    expect(await findInvitation({ token: "x".repeat(43) })).toEqual({ status: "unknown" });
    expect(await findInvitation({ token: "../../etc/passwd" })).toEqual({ status: "unknown" });
    expectRefused(await acceptInvitationAction(null, form({ token: "x".repeat(43) })), /not valid/);
    expectRefused(await acceptInvitationAction(null, form({ token: "<script>" })));
    signInAs(null);
    expectRefused(await acceptInvitationAction(null, form({ token: "x".repeat(43) })), /sign in/i);
  });

  it("creating an account: user with the invited email, membership, sign-in, then to the org", async () => {
    const { org, email, token } = await invited("STAFF", `Fresh-${uid()}@Example.com`);
    signInAs(null);
    signIn.mockClear();
    expect(await findInvitation({ token })).toMatchObject({ status: "valid", accountExists: false, viewer: null });
    const path = await redirectOf(signUpWithInvitationAction(null, form({ token, name: "Fresh Person", password: "correct-horse", email: "attacker@evil.test" })));
    expect(path).toBe(`/${org.slug}`);
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() }, select: { id: true, name: true, passwordHash: true } });
    expect(user.name).toBe("Fresh Person");
    expect(await verifyPassword(user.passwordHash!, "correct-horse")).toBe(true);
    expect(await db.user.count({ where: { email: "attacker@evil.test" } })).toBe(0);
    expect(await db.membership.findMany({ where: { orgId: org.orgId, userId: user.id }, select: { role: true } })).toEqual([{ role: "STAFF" }]);
    expect(signIn).toHaveBeenCalledWith("credentials", { email: email.toLowerCase(), password: "correct-horse", redirect: false });

    expectRefused(await signUpWithInvitationAction(null, form({ token, name: "Again", password: "correct-horse" })), /already been used|already exists/);
    expect(await db.membership.count({ where: { orgId: org.orgId } })).toBe(2);
  });

  it("creating an account for an email that has one is refused, and nothing is created", async () => {
    const existing = await createUser();
    const { org, token } = await invited("STAFF", existing.email);
    expect(await findInvitation({ token })).toMatchObject({ accountExists: true });
    signInAs(null);
    const state = await signUpWithInvitationAction(null, form({ token, name: "Dup", password: "long-enough-pw" }));
    expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/Sign in/) });
    expect(await db.membership.count({ where: { orgId: org.orgId } })).toBe(1);
    expect(await findInvitation({ token })).toMatchObject({ status: "valid" });
  });

  it.each([
    ["empty name", { name: "" }, "name"],
    ["huge name", { name: "n".repeat(10_000) }, "name"],
    ["HTML name", { name: "<script>alert(1)</script>" }, "name"],
    ["NUL in name", { name: "a\u0000b" }, "name"],
    ["short password", { password: "short" }, "password"],
    ["huge password", { password: "p".repeat(5000) }, "password"],
  ])("sign-up bad input (%s) is a field error and creates nothing", async (_label, patch, field) => {
    const { org, token, email } = await invited();
    signInAs(null);
    const state = await signUpWithInvitationAction(null, form({ token, name: "Valid Name", password: "long-enough-pw", ...patch }));
    expect(state && !state.ok && state.fieldErrors?.[field]).toBeTruthy();
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.membership.count({ where: { orgId: org.orgId } })).toBe(1);
  });
});
