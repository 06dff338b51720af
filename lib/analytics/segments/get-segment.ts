import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { readSegmentDefinition } from "./segment-definition";

// One segment of one org. The id alone is never trusted: another org's id is NOT_FOUND.
export const isSegmentId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;

export async function getSegment({ orgId, segmentId }: { orgId: string; segmentId: string }) {
  if (!isSegmentId(segmentId)) throw new AppError("NOT_FOUND", "Segment not found.");
  const row = await orgDb(orgId).segment.findFirst({ where: { id: segmentId }, select: { id: true, name: true, description: true, definition: true, createdAt: true, updatedAt: true } });
  if (!row) throw new AppError("NOT_FOUND", "Segment not found.");
  return { ...row, definition: readSegmentDefinition(row.definition) };
}

export type SegmentDetail = Awaited<ReturnType<typeof getSegment>>;
