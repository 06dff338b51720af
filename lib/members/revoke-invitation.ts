import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { lockOrgMembers } from "./lock-org-members";
import { canRevokeInvitation } from "./member-permissions";

/** Deletes a pending invitation of this org; its link stops working at once. */
export async function revokeInvitation({ orgId, actorUserId, invitationId }: { orgId: string; actorUserId: string; invitationId: string }) {
  await orgDb(orgId).$transaction(async (tx) => {
    const actorRole = await lockOrgMembers(tx, { orgId, actorUserId });
    const invitation = await tx.invitation.findFirst({ where: { id: invitationId, acceptedAt: null }, select: { id: true, email: true, role: true } });
    if (!invitation) throw new AppError("NOT_FOUND", "This invitation no longer exists.");
    if (!canRevokeInvitation(actorRole, invitation.role)) throw new AppError("FORBIDDEN", actorRole === "ADMIN" ? "Only an owner can revoke an owner invitation." : undefined);
    await tx.invitation.delete({ where: { id: invitation.id } });
    await tx.auditLog.create({
      data: { orgId, actorUserId, action: "invitation.revoked", targetType: "Invitation", targetId: invitation.id, data: { email: invitation.email, role: invitation.role } },
    });
  });
}
