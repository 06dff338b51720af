// Shared by the Settings and invitation integration tests (not a test file itself).
import { expect } from "vitest";
import { db } from "@/lib/db/client";

/** Everything a Settings action could change in one org, to prove a refused action changed nothing. */
export async function snapshotOrg(orgId: string) {
  const [org, memberships, invitations, auditLogs, emails] = await Promise.all([
    db.organization.findUnique({ where: { id: orgId }, select: { name: true, slug: true, timezone: true, currency: true, updatedAt: true } }),
    db.membership.findMany({ where: { orgId }, orderBy: { id: "asc" }, select: { id: true, userId: true, role: true } }),
    db.invitation.findMany({ where: { orgId }, orderBy: { id: "asc" }, select: { id: true, email: true, role: true, tokenHash: true, acceptedAt: true, expiresAt: true } }),
    db.auditLog.count({ where: { orgId } }),
    db.emailOutbox.count({ where: { orgId } }),
  ]);
  return { org, memberships, invitations, auditLogs, emails };
}

/** The path a server action redirected to (redirect() throws a NEXT_REDIRECT error). */
export async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    const digest = (err as { digest?: string }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2];
    throw err;
  }
  throw new Error("expected a redirect");
}

export function expectRefused(state: unknown, message?: RegExp) {
  expect(state).toMatchObject({ ok: false });
  if (message) expect((state as { message: string }).message).toMatch(message);
}
