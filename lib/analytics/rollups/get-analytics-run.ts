// The latest recompute of an organization, shaped for the UI (JSON-safe: dates as ISO strings).
import { orgDb } from "@/lib/db/org-db";
import type { AnalyticsRunStatus } from "@/lib/db/generated/enums";
import type { AnalyticsRunSummary } from "./recompute-org-analytics";

export type AnalyticsRunView = {
  id: string;
  status: AnalyticsRunStatus;
  /** 0-100 */
  progress: number;
  /** QUEUED/RUNNING for longer than STALE_RUN_MS: its worker is gone; a new request replaces it. */
  stale: boolean;
  stage: string | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Fitted parameters, notes, counts and timings of a DONE run; null otherwise. */
  summary: AnalyticsRunSummary | null;
  /**
   * When this run is not DONE (queued, running or failed): the latest DONE run, whose scores
   * the dashboards still show. Null when this run is DONE or none ever finished.
   */
  lastDone: { id: string; finishedAt: string | null; summary: AnalyticsRunSummary | null } | null;
};

const runSelect = { id: true, status: true, progress: true, stage: true, error: true, createdAt: true, startedAt: true, finishedAt: true, summary: true } as const;

/** A QUEUED/RUNNING run older than this is taken for dead (worker crashed or gone) and replaced. */
export const STALE_RUN_MS = 60 * 60 * 1000;

/** Active means a worker has it or will pick it up. */
export const isActiveRun = (status: AnalyticsRunStatus) => status === "QUEUED" || status === "RUNNING";

export async function getLatestAnalyticsRun({ orgId, now = new Date() }: { orgId: string; now?: Date }): Promise<AnalyticsRunView | null> {
  const latest = await orgDb(orgId).analyticsRun.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: runSelect });
  if (!latest) return null;
  const lastDone = latest.status === "DONE" ? null : await orgDb(orgId).analyticsRun.findFirst({ where: { status: "DONE" }, orderBy: [{ finishedAt: "desc" }, { id: "desc" }], select: { id: true, finishedAt: true, summary: true } });
  return {
    id: latest.id,
    status: latest.status,
    progress: latest.progress,
    stale: isActiveRun(latest.status) && now.getTime() - (latest.startedAt ?? latest.createdAt).getTime() > STALE_RUN_MS,
    stage: latest.stage,
    error: latest.error,
    createdAt: latest.createdAt.toISOString(),
    startedAt: latest.startedAt?.toISOString() ?? null,
    finishedAt: latest.finishedAt?.toISOString() ?? null,
    summary: latest.status === "DONE" ? asSummary(latest.summary) : null,
    lastDone: lastDone ? { id: lastDone.id, finishedAt: lastDone.finishedAt?.toISOString() ?? null, summary: asSummary(lastDone.summary) } : null,
  };
}

/** Our own writes, but an older shape (or a hand-edited row) must not break the page. */
function asSummary(value: unknown): AnalyticsRunSummary | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as Partial<AnalyticsRunSummary>;
  return v.version === 1 && Array.isArray(v.notes) && v.counts ? (v as AnalyticsRunSummary) : null;
}
