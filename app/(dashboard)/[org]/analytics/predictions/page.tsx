import { AnalyticsNotComputed, ComputedAt, ModelNotes } from "@/components/analytics/analytics-empty-state";
import { PredictionsFilters } from "@/components/analytics/predictions-filters";
import { PredictionsTable } from "@/components/analytics/predictions-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getAnalyticsStatus, hasScores } from "@/lib/analytics";
import { getCustomerPredictions, listScoreClusters, parsePredictionQuery } from "@/lib/analytics";
import { newSegmentHref } from "@/lib/analytics";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Predictions" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// /[org]/analytics/predictions: scored customers, filtered by segment/cluster/churn band, sorted by a score.
export default async function PredictionsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: SearchParams }) {
  const ctx = await requireOrgPage((await params).org);
  const sp = await searchParams;
  const status = await getAnalyticsStatus({ orgId: ctx.orgId });
  if (!hasScores(status)) return <AnalyticsNotComputed slug={ctx.slug} />;
  const query = parsePredictionQuery({ segment: first(sp.segment), cluster: first(sp.cluster), churn: first(sp.churn), sort: first(sp.sort), dir: first(sp.dir), page: first(sp.page) });
  const [list, clusters] = await Promise.all([getCustomerPredictions({ orgId: ctx.orgId, query }), listScoreClusters({ orgId: ctx.orgId })]);
  const basePath = `/${ctx.slug}/analytics/predictions`;
  const filtered = Boolean(query.segment || query.cluster !== undefined || query.churn);
  const pageQuery = { segment: query.segment, cluster: query.cluster === undefined ? undefined : String(query.cluster), churn: query.churn, sort: query.sort, dir: query.dir };
  return (
    <>
      <ComputedAt computedAt={status.computedAt} customers={status.scoredCustomers} timezone={ctx.timezone} />
      <ModelNotes notes={status.lastRun?.summary.notes ?? []} />
      <p className="mb-4 max-w-3xl text-sm text-gray-600">
        <strong>P(alive)</strong> is the chance a customer still buys from you and <strong>purchases 90 d</strong> how many orders to expect in the next 90 days (BG/NBD); <strong>order value</strong> is the expected average order (Gamma-Gamma) and{" "}
        <strong>CLV</strong> the expected spend over 12 months. Churn risk: high below 30% P(alive), low from 70%. A one-time buyer counts as alive in this model; their expected purchases say more.
      </p>
      <div className="flex flex-wrap items-end justify-between gap-x-4">
        <PredictionsFilters basePath={basePath} query={query} clusters={clusters} />
        {filtered && list.total > 0 && (
          <ButtonLink
            className="mb-4"
            variant="secondary"
            href={newSegmentHref(ctx.slug, { rfmSegments: query.segment ? [query.segment] : undefined, clusters: query.cluster === undefined ? undefined : [query.cluster], churnRisk: query.churn ? [query.churn] : undefined })}
          >
            Save as segment
          </ButtonLink>
        )}
      </div>
      {list.total === 0 ? (
        <EmptyState
          title="No customers match these filters"
          description={`None of the ${status.scoredCustomers.toLocaleString("en-US")} scored customers match.`}
          action={
            <ButtonLink href={basePath} variant="secondary">
              Clear filters
            </ButtonLink>
          }
        />
      ) : (
        <>
          <PredictionsTable rows={list.items} slug={ctx.slug} basePath={basePath} query={query} currency={ctx.currency} timezone={ctx.timezone} clusters={clusters} />
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={basePath} query={pageQuery} />
        </>
      )}
    </>
  );
}
