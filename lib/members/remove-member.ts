import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { countOwners, lockOrgMembers } from "./lock-org-members";
import { canRemove, lastOwnerMessage } from "./member-permissions";

/**
 * Removes a membership of this org: owners remove anyone, admins staff, anyone themselves.
 * The last owner stays. Their session loses access at once (membership is checked per request).
 */
export async function removeMember({ orgId, actorUserId, membershipId }: { orgId: string; actorUserId: string; membershipId: string }) {
  return orgDb(orgId).$transaction(async (tx) => {
    const actorRole = await lockOrgMembers(tx, { orgId, actorUserId });
    const target = await tx.membership.findFirst({ where: { id: membershipId }, select: { id: true, role: true, userId: true } });
    if (!target) throw new AppError("NOT_FOUND", "This member is no longer in the organization.");
    const self = target.userId === actorUserId;
    if (!canRemove(actorRole, target.role, self)) throw new AppError("FORBIDDEN", actorRole === "ADMIN" ? "Admins can remove staff members only." : undefined);
    if (target.role === "OWNER" && (await countOwners(tx, { orgId })) <= 1) {
      throw new AppError("CONFLICT", self ? "You are the last owner. Make another member an owner before you leave." : lastOwnerMessage);
    }
    await tx.membership.delete({ where: { id: target.id } });
    await tx.auditLog.create({
      data: { orgId, actorUserId, action: "member.removed", targetType: "Membership", targetId: target.id, data: { userId: target.userId, role: target.role, left: self } },
    });
    return { self };
  });
}

/** The signed-in member leaves the organization (not the last owner). */
export async function leaveOrganization({ orgId, userId }: { orgId: string; userId: string }) {
  const own = await orgDb(orgId).membership.findFirst({ where: { userId }, select: { id: true } });
  if (!own) throw new AppError("NOT_FOUND");
  return removeMember({ orgId, actorUserId: userId, membershipId: own.id });
}
