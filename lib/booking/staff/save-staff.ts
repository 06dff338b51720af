import { type Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { StaffFields } from "./staff-fields";

// Create, update and deactivate staff members, always inside `orgId`. A dashboard user may be
// linked only when they are a member of this org, and to one staff member at most.
type Tx = Prisma.TransactionClient;

async function assertMember(tx: Tx, orgId: string, userId: string | null) {
  // `tx` is an orgDb(orgId) transaction (every caller below): the org is ANDed into each where.
  if (!userId) return;
  const member = await tx.membership.findFirst({ where: { userId }, select: { id: true } });
  if (!member) throw new AppError("BAD_INPUT", undefined, { userId: "Choose a member of this organization" });
}

const linkedTwice = (err: unknown) => (isUniqueViolation(err, "userId") ? new AppError("BAD_INPUT", undefined, { userId: "This user is already linked to another staff member" }) : null);

export function staffAuditRow(orgId: string, actorUserId: string | null, action: string, staffMemberId: string, data?: Prisma.InputJsonValue) {
  return { orgId, actorUserId, action, targetType: "StaffMember", targetId: staffMemberId, data };
}

export async function createStaffMember({ orgId, actorUserId, fields }: { orgId: string; actorUserId: string | null; fields: StaffFields }) {
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      await assertMember(tx, orgId, fields.userId);
      const staff = await tx.staffMember.create({ data: { ...fields, orgId }, select: { id: true } });
      await tx.auditLog.create({ data: staffAuditRow(orgId, actorUserId, "staff.created", staff.id) });
      return staff;
    });
  } catch (err) {
    throw linkedTwice(err) ?? err;
  }
}

export async function updateStaffMember({ orgId, actorUserId, staffMemberId, fields }: { orgId: string; actorUserId: string | null; staffMemberId: string; fields: StaffFields }) {
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      await assertMember(tx, orgId, fields.userId);
      const { count } = await tx.staffMember.updateMany({ where: { id: staffMemberId }, data: fields });
      if (count !== 1) throw new AppError("NOT_FOUND", "Staff member not found.");
      await tx.auditLog.create({ data: staffAuditRow(orgId, actorUserId, "staff.updated", staffMemberId) });
      return { id: staffMemberId };
    });
  } catch (err) {
    throw linkedTwice(err) ?? err;
  }
}

/** Deactivated staff are offered nowhere; their bookings and hours stay. */
export async function setStaffActive({ orgId, actorUserId, staffMemberId, active }: { orgId: string; actorUserId: string | null; staffMemberId: string; active: boolean }) {
  return orgDb(orgId).$transaction(async (tx) => {
    const { count } = await tx.staffMember.updateMany({ where: { id: staffMemberId }, data: { active } });
    if (count !== 1) throw new AppError("NOT_FOUND", "Staff member not found.");
    await tx.auditLog.create({ data: staffAuditRow(orgId, actorUserId, active ? "staff.reactivated" : "staff.deactivated", staffMemberId) });
  });
}
