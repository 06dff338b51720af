// Shared by the Settings and invitation integration tests (not a test file itself).
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
