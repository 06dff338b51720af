import { orgDb } from "@/lib/db/org-db";
import { readSegmentDefinition, type SegmentDefinition } from "./segment-definition";
import { countSegment } from "./preview-segment";

// The org's segments with their live size (one count per segment, run together).
export type SegmentListItem = { id: string; name: string; description: string | null; definition: SegmentDefinition | null; size: number | null; updatedAt: Date };

export async function listSegments({ orgId }: { orgId: string }): Promise<SegmentListItem[]> {
  const rows = await orgDb(orgId).segment.findMany({ orderBy: [{ name: "asc" }], select: { id: true, name: true, description: true, definition: true, updatedAt: true } });
  return Promise.all(
    rows.map(async (r) => {
      const definition = readSegmentDefinition(r.definition);
      return { ...r, definition, size: definition ? await countSegment({ orgId, definition }) : null };
    }),
  );
}
