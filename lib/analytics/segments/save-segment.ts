import type { Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { isSegmentId } from "./get-segment";
import type { SegmentInput } from "./segment-form";

// Create, update and delete a segment. Names are unique per org, compared ignoring case; a
// clash is a field error, also when a concurrent save gets there first (the unique index).
const duplicateName = () => new AppError("CONFLICT", "Please check the highlighted fields.", { name: "A segment with this name already exists" });

async function assertNameFree(tx: Prisma.TransactionClient, orgId: string, name: string, exceptId?: string) {
  // `tx` is an orgDb(orgId) transaction (every caller below): the org is ANDed into each where.
  const other = await tx.segment.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (other) throw duplicateName();
}

const auditRow = (orgId: string, actorUserId: string | null, action: string, segmentId: string, data?: Prisma.InputJsonValue) => ({ orgId, actorUserId, action, targetType: "Segment", targetId: segmentId, data });

export async function createSegment({ orgId, actorUserId, input }: { orgId: string; actorUserId: string | null; input: SegmentInput }) {
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      await assertNameFree(tx, orgId, input.name);
      const segment = await tx.segment.create({ data: { orgId, name: input.name, description: input.description, definition: input.definition, createdById: actorUserId }, select: { id: true } });
      await tx.auditLog.create({ data: auditRow(orgId, actorUserId, "segment.created", segment.id, { name: input.name }) });
      return segment;
    });
  } catch (err) {
    if (isUniqueViolation(err, "name")) throw duplicateName();
    throw err;
  }
}

export async function updateSegment({ orgId, actorUserId, segmentId, input }: { orgId: string; actorUserId: string | null; segmentId: string; input: SegmentInput }) {
  if (!isSegmentId(segmentId)) throw new AppError("NOT_FOUND", "Segment not found.");
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      await assertNameFree(tx, orgId, input.name, segmentId);
      const { count } = await tx.segment.updateMany({ where: { id: segmentId }, data: { name: input.name, description: input.description, definition: input.definition } });
      if (count !== 1) throw new AppError("NOT_FOUND", "Segment not found.");
      await tx.auditLog.create({ data: auditRow(orgId, actorUserId, "segment.updated", segmentId) });
      return { id: segmentId };
    });
  } catch (err) {
    if (isUniqueViolation(err, "name")) throw duplicateName();
    throw err;
  }
}

export async function deleteSegment({ orgId, actorUserId, segmentId }: { orgId: string; actorUserId: string | null; segmentId: string }) {
  if (!isSegmentId(segmentId)) throw new AppError("NOT_FOUND", "Segment not found.");
  return orgDb(orgId).$transaction(async (tx) => {
    const segment = await tx.segment.findFirst({ where: { id: segmentId }, select: { name: true } });
    if (!segment) throw new AppError("NOT_FOUND", "Segment not found.");
    await tx.segment.deleteMany({ where: { id: segmentId } });
    await tx.auditLog.create({ data: auditRow(orgId, actorUserId, "segment.deleted", segmentId, { name: segment.name }) });
    return { id: segmentId, name: segment.name };
  });
}
