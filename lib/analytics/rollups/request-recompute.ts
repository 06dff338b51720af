// On-demand and nightly recomputes through pg-boss. A request creates a QUEUED AnalyticsRun and
// one "analytics.recompute" job keyed by the org (singletonKey = orgId on a "short" queue), so
// repeated clicks share one run and one waiting job, and one org's work never waits on another's.
import { db } from "@/lib/db/client";
import type { AnalyticsRunStatus } from "@/lib/db/generated/enums";
import { sendJob } from "@/lib/jobs/boss";
import { recomputeJob } from "@/lib/analytics/rollups/jobs";
import { STALE_RUN_MS } from "./get-analytics-run";
import { recomputeOrgAnalytics } from "./recompute-org-analytics";

export { STALE_RUN_MS };

export type RecomputeJobData = { orgId: string; runId?: string };
export type RecomputeRequest = { runId: string; status: AnalyticsRunStatus; created: boolean };

const ACTIVE: AnalyticsRunStatus[] = ["QUEUED", "RUNNING"];

/** Queue a recompute of `orgId`, or return the one already queued or running. */
export async function requestAnalyticsRecompute({ orgId, now = new Date() }: { orgId: string; now?: Date }): Promise<RecomputeRequest> {
  const cutoff = new Date(now.getTime() - STALE_RUN_MS);
  const outcome = await db.$transaction(async (tx) => {
    // Serialises concurrent requests for one org (two clicks, click + nightly): one run, not two.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('analytics.request'), hashtext(${orgId}))`;
    await tx.analyticsRun.updateMany({
      where: { orgId, status: { in: ACTIVE }, OR: [{ startedAt: { lt: cutoff } }, { startedAt: null, createdAt: { lt: cutoff } }] },
      data: { status: "FAILED", error: "Interrupted: the recompute did not finish within an hour. A new one was started.", finishedAt: now },
    });
    const active = await tx.analyticsRun.findFirst({ where: { orgId, status: { in: ACTIVE } }, orderBy: { createdAt: "desc" }, select: { id: true, status: true } });
    if (active) return { runId: active.id, status: active.status, created: false };
    const run = await tx.analyticsRun.create({ data: { orgId, status: "QUEUED", stage: "Queued" }, select: { id: true, status: true } });
    return { runId: run.id, status: run.status, created: true };
  });
  if (!outcome.created) return outcome;
  try {
    // null means a job for this org is still waiting (its run was replaced as stale): that job
    // takes this run, see runAnalyticsRecomputeJob.
    await sendJob(
      recomputeJob,
      { orgId, runId: outcome.runId },
      {
        singletonKey: orgId,
        retryLimit: 1, // one more go after a crash; a failing computation fails again
        retryDelay: 60,
        retryBackoff: false,
        expireInSeconds: 30 * 60,
      },
    );
  } catch (err) {
    await db.analyticsRun.update({ where: { id: outcome.runId }, data: { status: "FAILED", error: "Could not queue the recompute. Please try again.", finishedAt: new Date() } });
    throw err;
  }
  return outcome;
}

/**
 * The "analytics.recompute" handler. Runs the job's own run while it is QUEUED (or RUNNING: a
 * retry after a crash); if that run was replaced, the org's newest QUEUED run instead.
 */
export async function runAnalyticsRecomputeJob({ orgId, runId }: RecomputeJobData): Promise<void> {
  let target = runId ? await db.analyticsRun.findFirst({ where: { id: runId, orgId, status: { in: ACTIVE } }, select: { id: true } }) : null;
  target ??= await db.analyticsRun.findFirst({ where: { orgId, status: "QUEUED" }, orderBy: { createdAt: "desc" }, select: { id: true } });
  if (!target && runId) return; // its run finished or was replaced, and nothing else is waiting
  await recomputeOrgAnalytics({ orgId, runId: target?.id });
}

/** Organizations the nightly recompute covers: those with at least one paid order. */
export async function listOrgsToRecompute(): Promise<string[]> {
  const orgs = await db.organization.findMany({ where: { orders: { some: { status: "PAID" } } }, select: { id: true }, orderBy: { id: "asc" } });
  return orgs.map((o) => o.id);
}

/** The nightly "analytics.recompute-all" handler: one request per organization with paid orders. */
export async function requestRecomputeForAllOrgs(): Promise<{ requested: number; failed: number }> {
  const orgIds = await listOrgsToRecompute();
  let failed = 0;
  for (const orgId of orgIds) {
    try {
      await requestAnalyticsRecompute({ orgId });
    } catch (err) {
      failed++;
      console.error("[analytics] nightly recompute request failed for", orgId, err);
    }
  }
  return { requested: orgIds.length - failed, failed };
}
