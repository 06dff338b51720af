import { orgDb } from "@/lib/db/org-db";
import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { countOwners, lockOrgMembers } from "./lock-org-members";
import { canChangeRoles, lastOwnerMessage } from "./member-permissions";

/** Owners only; the last owner cannot be demoted. */
export async function changeMemberRole({ orgId, actorUserId, membershipId, role }: { orgId: string; actorUserId: string; membershipId: string; role: Role }) {
  return orgDb(orgId).$transaction(async (tx) => {
    const actorRole = await lockOrgMembers(tx, { orgId, actorUserId });
    if (!canChangeRoles(actorRole)) throw new AppError("FORBIDDEN", "Only owners can change roles.");
    const target = await tx.membership.findFirst({ where: { id: membershipId }, select: { id: true, role: true, userId: true } });
    if (!target) throw new AppError("NOT_FOUND", "This member is no longer in the organization.");
    if (target.role === role) return { changed: false };
    if (target.role === "OWNER" && (await countOwners(tx, { orgId })) <= 1) throw new AppError("CONFLICT", lastOwnerMessage);
    await tx.membership.update({ where: { id: target.id }, data: { role }, select: { id: true } });
    await tx.auditLog.create({
      data: { orgId, actorUserId, action: "member.role_changed", targetType: "Membership", targetId: target.id, data: { userId: target.userId, from: target.role, to: role } },
    });
    return { changed: true };
  });
}
