import type { Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { auditRowFor, duplicateNameError, sameNameWhere, savingUniqueName } from "../shared/named-records";
import { isSegmentId } from "./get-segment";
import type { SegmentInput } from "./segment-form";

// Create, update and delete a segment. Names are unique per org, compared ignoring case; a
// clash is a field error, also when a concurrent save gets there first (the unique index).
async function assertNameFree(tx: Prisma.TransactionClient, name: string, exceptId?: string) {
  // `tx` is an orgDb(orgId) transaction (every caller below): the org is ANDed into each where.
  if (await tx.segment.findFirst({ where: sameNameWhere(name, exceptId), select: { id: true } })) throw duplicateNameError("segment");
}

const auditRow = auditRowFor("Segment");

export async function createSegment({ orgId, actorUserId, input }: { orgId: string; actorUserId: string | null; input: SegmentInput }) {
  return savingUniqueName("segment", () =>
    orgDb(orgId).$transaction(async (tx) => {
      await assertNameFree(tx, input.name);
      const segment = await tx.segment.create({ data: { orgId, name: input.name, description: input.description, definition: input.definition, createdById: actorUserId }, select: { id: true } });
      await tx.auditLog.create({ data: auditRow(orgId, actorUserId, "segment.created", segment.id, { name: input.name }) });
      return segment;
    }),
  );
}

export async function updateSegment({ orgId, actorUserId, segmentId, input }: { orgId: string; actorUserId: string | null; segmentId: string; input: SegmentInput }) {
  if (!isSegmentId(segmentId)) throw new AppError("NOT_FOUND", "Segment not found.");
  return savingUniqueName("segment", () =>
    orgDb(orgId).$transaction(async (tx) => {
      await assertNameFree(tx, input.name, segmentId);
      const { count } = await tx.segment.updateMany({ where: { id: segmentId }, data: { name: input.name, description: input.description, definition: input.definition } });
      if (count !== 1) throw new AppError("NOT_FOUND", "Segment not found.");
      await tx.auditLog.create({ data: auditRow(orgId, actorUserId, "segment.updated", segmentId) });
      return { id: segmentId };
    }),
  );
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
