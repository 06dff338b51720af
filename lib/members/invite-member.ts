import { normalizeEmail } from "@/lib/auth/authenticate-password";
import { orgDb } from "@/lib/db/org-db";
import type { Role } from "@/lib/db/generated/enums";
import { sendEmail } from "@/lib/email/send-email";
import { invitationEmail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors";
import { createInvitationToken, INVITATION_TTL_MS, invitationUrl } from "./invitation-token";
import { lockOrgMembers } from "./lock-org-members";
import { canInvite, canRevokeInvitation } from "./member-permissions";

/**
 * Invites `email` with `role`: replaces any pending invitation for the same address (only if the
 * actor could revoke it, so an admin cannot cancel an owner invitation by re-inviting), stores the
 * token's hash only, writes the audit row, then sends the email through the outbox. Returns the
 * link so the inviter can copy it (the only time it is ever readable again).
 */
export async function inviteMember({ orgId, actorUserId, email: rawEmail, role, now = new Date() }: { orgId: string; actorUserId: string; email: string; role: Role; now?: Date }) {
  const email = normalizeEmail(rawEmail);
  const { token, tokenHash } = createInvitationToken();
  const created = await orgDb(orgId).$transaction(async (tx) => {
    const actorRole = await lockOrgMembers(tx, { orgId, actorUserId });
    if (!canInvite(actorRole, role)) {
      const message = actorRole === "ADMIN" ? "Admins can invite admins and staff only." : "Your role does not allow inviting people.";
      throw new AppError("FORBIDDEN", message, actorRole === "ADMIN" ? { role: message } : undefined);
    }
    const member = await tx.membership.findFirst({ where: { user: { email } }, select: { id: true } });
    if (member) throw new AppError("CONFLICT", "This person is already a member.", { email: "This person is already a member of the organization." });
    // Replacing is revoking: the same rule as revokeInvitation, checked before anything changes.
    const pending = await tx.invitation.findMany({ where: { email, acceptedAt: null }, select: { id: true, role: true } });
    if (pending.some((p) => !canRevokeInvitation(actorRole, p.role))) {
      const message = "An owner's invitation is pending for this email; only an owner can replace it.";
      throw new AppError("FORBIDDEN", message, { email: message });
    }
    const replaced = await tx.invitation.deleteMany({ where: { id: { in: pending.map((p) => p.id) } } });
    const invitation = await tx.invitation.create({
      data: { orgId, email, role, tokenHash, invitedById: actorUserId, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) },
      select: { id: true, org: { select: { name: true } } },
    });
    await tx.auditLog.create({
      data: { orgId, actorUserId, action: "member.invited", targetType: "Invitation", targetId: invitation.id, data: { email, role, replaced: replaced.count } },
    });
    const inviter = await tx.user.findUnique({ where: { id: actorUserId }, select: { name: true, email: true } });
    return { invitationId: invitation.id, orgName: invitation.org.name, inviterName: inviter?.name || inviter?.email || "A teammate", replaced: replaced.count };
  });
  const url = invitationUrl(token);
  let emailQueued = true;
  try {
    await sendEmail({ orgId, to: email, ...invitationEmail({ orgName: created.orgName, inviterName: created.inviterName, role, url }) });
  } catch (err) {
    // The invitation stands; the inviter still gets the link to pass on by hand.
    console.error("[invite] email not queued", err);
    emailQueued = false;
  }
  return { invitationId: created.invitationId, url, email, replaced: created.replaced > 0, emailQueued };
}
