import { orgDb } from "@/lib/db/org-db";
import { RFM_SEGMENTS, type RfmSegment } from "../models/score-rfm";

export type RfmSegmentStats = {
  segment: RfmSegment;
  customers: number;
  /** Of all scored customers, 0..1. */
  share: number;
  /** Total spent by the segment's customers, minor units of the org currency. */
  revenue: number;
  /** Average 12-month CLV over the customers that have one (null: none has). */
  avgClv: number | null;
};

/** All 11 named segments in their fixed order (empty ones included): one GROUP BY over the org's scores. */
export async function getRfmSegments({ orgId }: { orgId: string }): Promise<{ segments: RfmSegmentStats[]; total: number }> {
  const groups = await orgDb(orgId).customerScore.groupBy({
    by: ["rfmSegment"],
    _count: { _all: true },
    _sum: { totalSpent: true },
    _avg: { clv12m: true },
  });
  const total = groups.reduce((n, g) => n + g._count._all, 0);
  const bySegment = new Map(groups.map((g) => [g.rfmSegment, g]));
  return {
    total,
    segments: RFM_SEGMENTS.map((segment) => {
      const g = bySegment.get(segment);
      const customers = g?._count._all ?? 0;
      return { segment, customers, share: total ? customers / total : 0, revenue: Number(g?._sum.totalSpent ?? 0), avgClv: g?._avg.clv12m ?? null };
    }),
  };
}
