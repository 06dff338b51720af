import { type Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { ServiceFields } from "./service-fields";

// Create or update a service with the staff who perform it, in one transaction. Every id is
// checked against `orgId`: another org's service or staff member is NOT_FOUND / a field error.
type Tx = Prisma.TransactionClient;

async function assertStaffInOrg(tx: Tx, orgId: string, staffIds: string[]) {
  // `tx` is an orgDb(orgId) transaction (every caller below): the org is ANDed into each where.
  if (staffIds.length === 0) return;
  const found = await tx.staffMember.count({ where: { id: { in: staffIds } } });
  if (found !== staffIds.length) throw new AppError("BAD_INPUT", undefined, { "staffIds[]": "Choose staff members of this organization" });
}

function slugTaken(err: unknown): AppError | null {
  return isUniqueViolation(err, "slug") ? new AppError("BAD_INPUT", undefined, { slug: "Another service already uses this slug" }) : null;
}

function audit(orgId: string, actorUserId: string | null, action: string, serviceId: string, data?: Prisma.InputJsonValue) {
  return { orgId, actorUserId, action, targetType: "Service", targetId: serviceId, data };
}

export async function createService({ orgId, currency, actorUserId, fields }: { orgId: string; currency: string; actorUserId: string | null; fields: ServiceFields }) {
  const { staffIds, ...data } = fields;
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      await assertStaffInOrg(tx, orgId, staffIds);
      const service = await tx.service.create({ data: { ...data, orgId, currency }, select: { id: true, slug: true } });
      if (staffIds.length) await tx.serviceStaff.createMany({ data: staffIds.map((staffMemberId) => ({ orgId, serviceId: service.id, staffMemberId })) });
      await tx.auditLog.create({ data: audit(orgId, actorUserId, "service.created", service.id) });
      return service;
    });
  } catch (err) {
    throw slugTaken(err) ?? err;
  }
}

export async function updateService({ orgId, actorUserId, serviceId, fields }: { orgId: string; actorUserId: string | null; serviceId: string; fields: ServiceFields }) {
  const { staffIds, ...data } = fields;
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      const { count } = await tx.service.updateMany({ where: { id: serviceId }, data });
      if (count !== 1) throw new AppError("NOT_FOUND", "Service not found.");
      await assertStaffInOrg(tx, orgId, staffIds);
      await tx.serviceStaff.deleteMany({ where: { serviceId, staffMemberId: { notIn: staffIds } } });
      await tx.serviceStaff.createMany({ data: staffIds.map((staffMemberId) => ({ orgId, serviceId, staffMemberId })), skipDuplicates: true });
      await tx.auditLog.create({ data: audit(orgId, actorUserId, "service.updated", serviceId) });
      return { id: serviceId, slug: data.slug };
    });
  } catch (err) {
    throw slugTaken(err) ?? err;
  }
}

/** Archive (hidden from booking, kept with its bookings) or bring back. */
export async function setServiceArchived({ orgId, actorUserId, serviceId, archived }: { orgId: string; actorUserId: string | null; serviceId: string; archived: boolean }) {
  return orgDb(orgId).$transaction(async (tx) => {
    const { count } = await tx.service.updateMany({ where: { id: serviceId }, data: { active: !archived } });
    if (count !== 1) throw new AppError("NOT_FOUND", "Service not found.");
    await tx.auditLog.create({ data: audit(orgId, actorUserId, archived ? "service.archived" : "service.unarchived", serviceId) });
  });
}
