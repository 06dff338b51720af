import { orgDb } from "@/lib/db/org-db";
import type { ClusterDescriptions } from "../models/cluster-label";
import { readRunSummary } from "../rollups/get-analytics-status";

/** What a run summary says about its clusters, by cluster number. */
export function clusterDescriptionsOf(summary: unknown): ClusterDescriptions {
  const clusters = readRunSummary(summary).kmeans?.clusters ?? [];
  return Object.fromEntries(clusters.flatMap((c) => (c.description ? [[c.id, c.description]] : [])));
}

/** The descriptions of the latest finished run: the run whose clusters the stored scores hold. */
export async function getClusterDescriptions({ orgId }: { orgId: string }): Promise<ClusterDescriptions> {
  const run = await orgDb(orgId).analyticsRun.findFirst({ where: { status: "DONE" }, orderBy: { createdAt: "desc" }, select: { summary: true } });
  return run ? clusterDescriptionsOf(run.summary) : {};
}
