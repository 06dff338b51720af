import { z } from "zod";
import { orgDb } from "@/lib/db/org-db";

// Has anything been computed for the org, when, and what the latest finished run says about the
// models (k and silhouette of the clusters, why a model was skipped). The run summary is written
// by the recompute job; it is read leniently here, so a field it lacks is simply not shown.

const clusterSchema = z.object({
  id: z.number().int(),
  size: z.number().optional(),
  description: z.string().optional(),
  /** The centroid on the original scale, in the order of `features`. */
  typical: z.array(z.number()).optional(),
});
const kmeansSchema = z.object({
  k: z.number().int(),
  silhouette: z.number(),
  silhouetteByK: z.array(z.object({ k: z.number().int(), silhouette: z.number() })).optional(),
  clusters: z.array(clusterSchema).optional(),
  features: z.array(z.string()).optional(),
});

export type RunKmeans = z.infer<typeof kmeansSchema>;
export type RunSummary = { kmeans: RunKmeans | null; notes: string[] };

/** The parts of an AnalyticsRun summary the dashboards show; anything malformed is left out. */
export function readRunSummary(summary: unknown): RunSummary {
  const obj = summary && typeof summary === "object" ? (summary as Record<string, unknown>) : {};
  const kmeans = kmeansSchema.safeParse(obj.kmeans);
  const notes = z.array(z.string()).safeParse(obj.notes);
  return { kmeans: kmeans.success ? kmeans.data : null, notes: notes.success ? notes.data : [] };
}

export type AnalyticsStatus = {
  /** Customers with a stored score row. */
  scoredCustomers: number;
  computedAt: Date | null;
  lastRun: { id: string; finishedAt: Date | null; summary: RunSummary } | null;
};

export async function getAnalyticsStatus({ orgId }: { orgId: string }): Promise<AnalyticsStatus> {
  const [scores, run] = await Promise.all([
    orgDb(orgId).customerScore.aggregate({ _count: { _all: true }, _max: { computedAt: true } }),
    orgDb(orgId).analyticsRun.findFirst({ where: { status: "DONE" }, orderBy: { createdAt: "desc" }, select: { id: true, finishedAt: true, summary: true } }),
  ]);
  return {
    scoredCustomers: scores._count._all,
    computedAt: scores._max.computedAt,
    lastRun: run ? { id: run.id, finishedAt: run.finishedAt, summary: readRunSummary(run.summary) } : null,
  };
}

/** Nothing to show on the score pages until a run has finished and stored rows. */
export const hasScores = (s: AnalyticsStatus) => s.scoredCustomers > 0;
