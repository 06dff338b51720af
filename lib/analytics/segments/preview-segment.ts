import { orgDb } from "@/lib/db/org-db";
import type { SegmentDefinition } from "./segment-definition";
import { segmentCustomerWhere } from "./segment-customer-where";

// The live size of a segment and its first members (by CLV, then latest order, then name), for the list, the
// segment page and the form's preview. Reads precomputed scores only.
export const PREVIEW_SIZE = 25;

export async function countSegment({ orgId, definition }: { orgId: string; definition: SegmentDefinition }): Promise<number> {
  return orgDb(orgId).customer.count({ where: segmentCustomerWhere({ orgId, definition }) });
}

export type SegmentMember = {
  id: string;
  name: string;
  email: string | null;
  rfmSegment: string | null;
  churnRisk: string | null;
  clv12m: number | null;
  pAlive: number | null;
  totalSpent: number | null;
  lastOrderAt: Date | null;
};

export async function previewSegment({ orgId, definition, take = PREVIEW_SIZE }: { orgId: string; definition: SegmentDefinition; take?: number }): Promise<{ count: number; members: SegmentMember[] }> {
  const where = segmentCustomerWhere({ orgId, definition });
  const [count, rows] = await Promise.all([
    orgDb(orgId).customer.count({ where }),
    orgDb(orgId).customer.findMany({
      where,
      orderBy: [{ score: { clv12m: { sort: "desc", nulls: "last" } } }, { score: { lastOrderAt: { sort: "desc", nulls: "last" } } }, { name: "asc" }, { id: "asc" }],
      take,
      select: { id: true, name: true, email: true, score: { select: { rfmSegment: true, churnRisk: true, clv12m: true, pAlive: true, totalSpent: true, lastOrderAt: true } } },
    }),
  ]);
  return {
    count,
    members: rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      rfmSegment: r.score?.rfmSegment ?? null,
      churnRisk: r.score?.churnRisk ?? null,
      clv12m: r.score?.clv12m ?? null,
      pAlive: r.score?.pAlive ?? null,
      totalSpent: r.score?.totalSpent ?? null,
      lastOrderAt: r.score?.lastOrderAt ?? null,
    })),
  };
}
