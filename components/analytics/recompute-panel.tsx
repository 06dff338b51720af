"use client";
import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { recomputeAnalyticsAction } from "@/app/(dashboard)/[org]/analytics/recompute-actions";
import { Badge } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { clusterLabel } from "@/lib/analytics/client";
import type { AnalyticsRunView } from "@/lib/analytics/client";
import type { AnalyticsRunSummary } from "@/lib/analytics/client";
import { formatDateTime } from "@/lib/format";

export type RecomputePanelProps = {
  /** The org slug (the [org] route segment). */
  org: string;
  /** From getLatestAnalyticsRun({ orgId }) in the server component; null before the first run. */
  initialRun: AnalyticsRunView | null;
  /** The org's time zone: run times read as on the score pages. */
  timezone: string;
};

const POLL_MS = 2000;
/** Queued or running and not given up on (a stale run can be replaced with the button). */
const isActive = (run: AnalyticsRunView | null) => (run?.status === "QUEUED" || run?.status === "RUNNING") && !run.stale;
const statusBadge = { QUEUED: ["Queued", "gray"], RUNNING: ["Running", "brand"], DONE: ["Up to date", "green"], FAILED: ["Failed", "red"] } as const;

/**
 * The latest analytics recompute of an org and a "Recompute now" button. While a run is queued or
 * running it polls GET /api/orgs/[org]/analytics/run every 2 s and refreshes the page when done.
 */
export function RecomputePanel({ org, initialRun, timezone }: RecomputePanelProps) {
  const router = useRouter();
  const [run, setRun] = useState(initialRun);
  const [pollFailing, setPollFailing] = useState(false);
  const [state, formAction, pending] = useActionState(recomputeAnalyticsAction, null);

  // New props after router.refresh(), or a new run from the action: adopt them (React's "adjust state on prop change").
  const [seen, setSeen] = useState({ initialRun, state });
  if (seen.initialRun !== initialRun || seen.state !== state) {
    setSeen({ initialRun, state });
    if (seen.state !== state && state?.ok && state.data) setRun(state.data);
    else if (seen.initialRun !== initialRun) setRun(initialRun);
  }

  const active = isActive(run);
  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const res = await fetch(`/api/orgs/${encodeURIComponent(org)}/analytics/run`, { cache: "no-store" });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const body = (await res.json()) as { run: AnalyticsRunView | null };
        if (cancelled) return;
        failures = 0;
        setPollFailing(false);
        setRun(body.run);
        if (!isActive(body.run)) return router.refresh(); // the dashboards now read the new scores
      } catch {
        if (++failures >= 3) setPollFailing(true);
      }
      if (!cancelled) timer = setTimeout(tick, POLL_MS);
    };
    timer = setTimeout(tick, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [active, org, router, run?.id]);

  const shown = run?.summary ?? run?.lastDone?.summary ?? null;
  const [label, tone] = !run ? (["Not computed yet", "gray"] as const) : run.stale ? (["Stalled", "amber"] as const) : statusBadge[run.status];
  return (
    <section aria-label="Analytics recompute" className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            <h2 className="text-sm font-semibold text-gray-900">Customer scores</h2>
            <Badge tone={tone}>{label}</Badge>
          </div>
          <p className="mt-1 text-sm text-gray-600">{describe(run, timezone)}</p>
        </div>
        <form action={formAction}>
          <input type="hidden" name="org" value={org} />
          <SubmitButton variant="secondary" pending={pending} disabled={active} pendingText="Queuing…">
            {active ? "Recomputing…" : "Recompute now"}
          </SubmitButton>
        </form>
      </div>

      {run && active && (
        <div className="mt-3">
          <div className="flex justify-between text-xs text-gray-600">
            <span>{run.status === "QUEUED" ? "Waiting for a worker…" : (run.stage ?? "Working…")}</span>
            <span>{run.progress}%</span>
          </div>
          <div role="progressbar" aria-label="Recompute progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={run.progress} className="mt-1 h-2 overflow-hidden rounded-full bg-gray-100">
            <div className="h-full rounded-full bg-brand-600 transition-all" style={{ width: `${Math.max(2, run.progress)}%` }} />
          </div>
        </div>
      )}
      {run?.status === "FAILED" && run.error && (
        <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {run.error}
        </p>
      )}
      {pollFailing && <p className="mt-3 text-xs text-amber-700">Cannot reach the server to check progress; still trying…</p>}
      {state && !state.ok && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {state.message}
        </p>
      )}

      {shown && shown.notes.length > 0 && (
        <ul className="mt-3 space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {shown.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {shown && <ModelDetails summary={shown} />}
    </section>
  );
}

function describe(run: AnalyticsRunView | null, tz: string): React.ReactNode {
  if (!run) return "Scores, segments and predictions appear after the first recompute; it also runs every night.";
  const previous = run.lastDone?.finishedAt ? (
    <>
      {" "}
      Showing scores from <When tz={tz} iso={run.lastDone.finishedAt} />.
    </>
  ) : null;
  if (run.stale)
    return (
      <>
        A recompute started <When tz={tz} iso={run.startedAt ?? run.createdAt} /> never finished; start a new one.{previous}
      </>
    );
  if (run.status === "QUEUED")
    return (
      <>
        Queued <When tz={tz} iso={run.createdAt} />.{previous}
      </>
    );
  if (run.status === "RUNNING")
    return (
      <>
        Started <When tz={tz} iso={run.startedAt ?? run.createdAt} />.{previous}
      </>
    );
  if (run.status === "FAILED")
    return (
      <>
        The recompute of <When tz={tz} iso={run.createdAt} /> failed.{previous ?? " No scores yet."}
      </>
    );
  const c = run.summary?.counts;
  return (
    <>
      Computed <When tz={tz} iso={run.finishedAt ?? run.createdAt} />
      {c ? ` from ${c.orders.toLocaleString("en")} paid orders of ${c.customers.toLocaleString("en")} customers.` : "."}
    </>
  );
}

/** In the org's zone, named: the same text on the server and in the browser, and as on the score pages. */
function When({ iso, tz }: { iso: string; tz: string }) {
  return <time dateTime={iso}>{formatDateTime(iso, tz, { zone: true })}</time>;
}

/** 4 significant digits; exponent notation for the very small or large (a fit at a boundary). */
const num = (v: number) => (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e7) ? v.toExponential(3) : v.toLocaleString("en", { maximumSignificantDigits: 4 }));

function ModelDetails({ summary: s }: { summary: AnalyticsRunSummary }) {
  const rows: [string, string][] = [
    ["Purchase model (BG/NBD)", s.bgnbd ? `r ${num(s.bgnbd.r)}, α ${num(s.bgnbd.alpha)}, a ${num(s.bgnbd.a)}, b ${num(s.bgnbd.b)} (log-likelihood ${num(s.bgnbd.logLikelihood)})` : "not fitted"],
    ["Order value (Gamma-Gamma)", s.gammaGamma ? `p ${num(s.gammaGamma.p)}, q ${num(s.gammaGamma.q)}, v ${num(s.gammaGamma.v)}` : "not fitted"],
    ["Clusters (k-means)", s.kmeans ? `k = ${s.kmeans.k}, silhouette ${num(s.kmeans.silhouette)}` : "not computed"],
    ["Customers", `${s.counts.customers.toLocaleString("en")} (${s.counts.repeatCustomers.toLocaleString("en")} repeat), ${s.counts.orders.toLocaleString("en")} orders in ${s.currency}`],
    [
      "Took",
      `${(s.timingsMs.total / 1000).toFixed(1)} s (load ${s.timingsMs.load} ms, models ${s.timingsMs.summary + s.timingsMs.bgnbd + s.timingsMs.gammaGamma + s.timingsMs.rfm + s.timingsMs.kmeans + s.timingsMs.predictions} ms, save ${s.timingsMs.save} ms)`,
    ],
  ];
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer text-gray-700 hover:text-gray-900">Model details</summary>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-gray-500">{k}</dt>
            <dd className="text-gray-900 tabular-nums">{v}</dd>
          </div>
        ))}
      </dl>
      {s.kmeans && (
        <ul className="mt-2 list-disc pl-5 text-gray-700">
          {s.kmeans.clusters.map((c) => (
            <li key={c.id}>
              {clusterLabel(c.id, { [c.id]: c.description })}: {c.size.toLocaleString("en")} customers
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
