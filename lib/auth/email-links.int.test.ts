import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getEmail } from "@/lib/members/list-emails";
import { addMember, createOrg, createUser, uid } from "@/test/factories";
import { authenticatePassword } from "./authenticate-password";
import { hashPassword } from "./password";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { sendVerificationEmail } from "./send-verification-email";
import { sessionIsCurrent, signedInAfterPasswordChange } from "./session-is-current";
import { signUp } from "../tenancy/sign-up";
import { hashUserToken } from "./user-token";
import { verifyEmail } from "./verify-email";

const linkIn = (text: string | null, path: string) => text?.match(new RegExp(`${path}/([A-Za-z0-9_-]{43})`))?.[1] ?? null;
const lastEmailTo = (to: string) => db.emailOutbox.findFirst({ where: { to }, orderBy: { createdAt: "desc" } });

describe("email verification", () => {
  it("sign-up emails a confirmation link to the new org's outbox; the link works once and stores only its hash", async () => {
    const id = uid();
    const email = `ada-${id}@test.dev`;
    const { userId, orgId } = await signUp({ name: "Ada", email, password: "a-good-password", org: { name: "Ada Salon", slug: `ada-${id}`, timezone: "Europe/Berlin", currency: "EUR" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerified).toBeNull();
    const sent = await lastEmailTo(email);
    expect(sent).toMatchObject({ orgId, subject: "Confirm your email for Frontdesk" });
    const token = linkIn(sent!.text, "/verify-email")!;
    expect(token).toBeTruthy();
    const stored = await db.userToken.findMany({ where: { userId } });
    expect(stored).toEqual([expect.objectContaining({ purpose: "VERIFY_EMAIL", tokenHash: hashUserToken(token), usedAt: null })]);
    expect(JSON.stringify(stored)).not.toContain(token);

    expect(await verifyEmail({ token })).toBe("verified");
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerified).toBeInstanceOf(Date);
    expect(await verifyEmail({ token })).toBe("already"); // a second click says so, changes nothing
    expect(await verifyEmail({ token: "x".repeat(43) })).toBeNull();
    expect(await verifyEmail({ token: "../../etc" })).toBeNull();
    // Verified: no more links.
    expect(await sendVerificationEmail({ userId, orgId })).toEqual({ sent: false });
  });

  it("an expired link does nothing", async () => {
    const user = await createUser({ verified: false });
    const org = await createOrg({ ownerId: user.id });
    await sendVerificationEmail({ userId: user.id, orgId: org.orgId, now: new Date(Date.now() - 49 * 3600_000) });
    const token = linkIn((await lastEmailTo(user.email))!.text, "/verify-email")!;
    expect(await verifyEmail({ token })).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).toBeNull();
  });

  it("the outbox shows a confirmation or reset link only to its recipient, not to fellow owners", async () => {
    const user = await createUser({ verified: false });
    const org = await createOrg({ ownerId: user.id });
    const owner = await addMember(org.orgId, "OWNER");
    await sendVerificationEmail({ userId: user.id, orgId: org.orgId });
    const row = (await lastEmailTo(user.email))!;
    const token = linkIn(row.text, "/verify-email")!;
    const mine = await getEmail({ orgId: org.orgId, emailId: row.id, viewerEmail: user.email.toUpperCase() });
    expect(mine!.html + mine!.text).toContain(token);
    const theirs = await getEmail({ orgId: org.orgId, emailId: row.id, viewerEmail: owner.email });
    expect(theirs!.html + theirs!.text).not.toContain(token);
    expect(theirs!.text).toContain("/verify-email/[hidden]");
  });
});

describe("password reset", () => {
  async function userWithPassword(password = "old-password-1") {
    const user = await createUser();
    const org = await createOrg({ ownerId: user.id });
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
    return { ...user, orgId: org.orgId };
  }

  it("emails a link for a known address and nothing for an unknown one", async () => {
    const user = await userWithPassword();
    await requestPasswordReset({ email: `  ${user.email.toUpperCase()} ` });
    const sent = await lastEmailTo(user.email);
    expect(sent).toMatchObject({ orgId: user.orgId, subject: "Reset your Frontdesk password" });
    const token = linkIn(sent!.text, "/reset-password")!;
    expect(await db.userToken.count({ where: { tokenHash: hashUserToken(token), purpose: "RESET_PASSWORD" } })).toBe(1);
    expect(await db.userToken.count({ where: { tokenHash: token } })).toBe(0);

    const nobody = `nobody-${uid()}@test.dev`;
    await expect(requestPasswordReset({ email: nobody })).resolves.toBeUndefined();
    expect(await db.emailOutbox.count({ where: { to: nobody } })).toBe(0);
  });

  it("a link sets the new password once, voids the other links and older sessions, and lifts a sign-in lock", async () => {
    const user = await userWithPassword();
    const signedInBefore = Date.now() - 1000;
    await requestPasswordReset({ email: user.email });
    const first = linkIn((await lastEmailTo(user.email))!.text, "/reset-password")!;
    await requestPasswordReset({ email: user.email });
    const second = linkIn((await lastEmailTo(user.email))!.text, "/reset-password")!;
    expect(second).not.toBe(first);
    await db.signInThrottle.create({ data: { key: `email:${user.email}`, failures: 0, lockedUntil: new Date(Date.now() + 600_000) } });

    await expect(resetPassword({ token: second, password: "new-password-2" })).resolves.toEqual({ email: user.email });
    await expect(authenticatePassword({ email: user.email, password: "new-password-2" })).resolves.toMatchObject({ id: user.id });
    await expect(authenticatePassword({ email: user.email, password: "old-password-1" })).rejects.toThrow("Wrong email or password.");
    expect(await sessionIsCurrent({ userId: user.id, signedInAt: signedInBefore })).toBe(false);
    expect(await sessionIsCurrent({ userId: user.id, signedInAt: Date.now() + 1 })).toBe(true);

    for (const used of [second, first]) {
      await expect(resetPassword({ token: used, password: "attacker-password" })).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/invalid, already used or expired/) });
    }
    await expect(authenticatePassword({ email: user.email, password: "attacker-password" })).rejects.toThrow();
  });

  it("an expired link is refused and changes nothing; the link also proves the address", async () => {
    const user = await userWithPassword();
    await requestPasswordReset({ email: user.email, now: new Date(Date.now() - 61 * 60_000) });
    const stale = linkIn((await lastEmailTo(user.email))!.text, "/reset-password")!;
    await expect(resetPassword({ token: stale, password: "new-password-2" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(authenticatePassword({ email: user.email, password: "old-password-1" })).resolves.toMatchObject({ id: user.id });

    const unverified = await createUser({ verified: false });
    await requestPasswordReset({ email: unverified.email }); // no org: the email is kept without one
    const row = (await lastEmailTo(unverified.email))!;
    expect(row.orgId).toBeNull();
    await resetPassword({ token: linkIn(row.text, "/reset-password")!, password: "new-password-3" });
    expect((await db.user.findUniqueOrThrow({ where: { id: unverified.id } })).emailVerified).toBeInstanceOf(Date);
  });
});

describe("sessions after a password change", () => {
  it("pure rule: only sessions signed in after the change stand", () => {
    const changed = new Date("2026-12-07T10:00:00Z");
    expect(signedInAfterPasswordChange({ signedInAt: changed.getTime() - 1, passwordChangedAt: changed })).toBe(false);
    expect(signedInAfterPasswordChange({ signedInAt: changed.getTime(), passwordChangedAt: changed })).toBe(true);
    expect(signedInAfterPasswordChange({ signedInAt: 0, passwordChangedAt: null })).toBe(true);
  });

  it("a deleted user's session is over", async () => {
    expect(await sessionIsCurrent({ userId: "no-such-user", signedInAt: Date.now() })).toBe(false);
  });
});
