import { Suspense } from "react";
import { AnalyticsNotComputed } from "@/components/analytics/analytics-empty-state";
import { DateRangePicker } from "@/components/analytics/date-range-picker";
import { CohortSection, CustomerKpis, CustomerMixSection, KpiSkeleton, RevenueKpis, RevenueSection, SectionSkeleton, SourceSection, TopCustomersSection } from "@/components/analytics/overview-sections";
import { RecomputePanel } from "@/components/analytics/recompute-panel";
import { getLatestAnalyticsRun } from "@/lib/analytics";
import { getAnalyticsStatus, hasScores } from "@/lib/analytics";
import { getCohortRetention } from "@/lib/analytics";
import { getCustomerMix } from "@/lib/analytics";
import { getDateRange } from "@/lib/analytics";
import { getFirstPaidAt } from "@/lib/analytics";
import { getRevenueSeries } from "@/lib/analytics";
import { getTopCustomers } from "@/lib/analytics";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Analytics" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// /[org]/analytics: revenue, buyers, sources, cohorts and top customers over a date range
// (query string), each one aggregate over the org's paid orders in its currency and time zone.
// Every query starts at once; each section streams in when its own result is ready.
export default async function AnalyticsOverviewPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: SearchParams }) {
  const ctx = await requireOrgPage((await params).org);
  const sp = await searchParams;
  const raw = { range: first(sp.range), from: first(sp.from), to: first(sp.to) };
  const scope = { orgId: ctx.orgId, currency: ctx.currency, timezone: ctx.timezone };
  const firstPaidAt = raw.range === "all" && raw.from === undefined && raw.to === undefined ? await getFirstPaidAt(scope) : null;
  const range = getDateRange({ ...raw, timezone: ctx.timezone, firstPaidAt });
  const q = { ...scope, ...range };
  // The small reads first, so the page shell is not queued behind the aggregates.
  const [status, latestRun] = await Promise.all([getAnalyticsStatus({ orgId: ctx.orgId }), getLatestAnalyticsRun({ orgId: ctx.orgId })]);
  const series = getRevenueSeries(q);
  const mix = getCustomerMix(q);
  const cohorts = getCohortRetention(q);
  const top = getTopCustomers(q);
  // Each section awaits its own promise; a failure surfaces there (error page), not as an unhandled rejection.
  for (const p of [series, mix, cohorts, top]) p.catch(() => {});
  const chartCtx = { currency: ctx.currency, timezone: ctx.timezone, bucket: range.bucket };
  const custom = range.preset === "custom";

  return (
    <>
      {/* Recompute panel (components/analytics/recompute-panel.tsx, from the recompute job): status, "Recompute now", progress. */}
      <div className="mb-6">
        <RecomputePanel org={ctx.slug} initialRun={latestRun} timezone={ctx.timezone} />
      </div>
      {!hasScores(status) && <AnalyticsNotComputed slug={ctx.slug} compact />}
      <DateRangePicker basePath={`/${ctx.slug}/analytics`} range={range} values={{ from: custom ? range.fromDate : undefined, to: custom ? range.toDate : undefined }} />
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-5">
        <Suspense fallback={<KpiSkeleton count={3} />}>
          <RevenueKpis series={series} currency={ctx.currency} />
        </Suspense>
        <Suspense fallback={<KpiSkeleton count={2} />}>
          <CustomerKpis mix={mix} />
        </Suspense>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <div className="lg:col-span-2">
          <Suspense fallback={<SectionSkeleton title="Revenue and orders" />}>
            <RevenueSection series={series} ctx={chartCtx} />
          </Suspense>
        </div>
        <Suspense fallback={<SectionSkeleton title="New vs returning customers" />}>
          <CustomerMixSection mix={mix} ctx={chartCtx} />
        </Suspense>
        <Suspense fallback={<SectionSkeleton title="Revenue by source" />}>
          <SourceSection series={series} ctx={chartCtx} />
        </Suspense>
        <div className="lg:col-span-2">
          <Suspense fallback={<SectionSkeleton title="Cohort retention" height={240} />}>
            <CohortSection cohorts={cohorts} />
          </Suspense>
        </div>
        <div className="lg:col-span-2">
          <Suspense fallback={<SectionSkeleton title="Top customers" height={240} />}>
            <TopCustomersSection top={top} slug={ctx.slug} currency={ctx.currency} />
          </Suspense>
        </div>
      </div>
    </>
  );
}
