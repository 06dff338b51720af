import Link from "next/link";
import { AnalyticsNotComputed, ComputedAt } from "@/components/analytics/analytics-empty-state";
import { ChartCard } from "@/components/analytics/chart-card";
import { DataTable } from "@/components/analytics/data-table";
import { formatMoneyValue, formatPercent } from "@/components/analytics/format-analytics";
import { RFM_SEGMENT_INFO } from "@/components/analytics/rfm-segment-info";
import { RfmTreemap } from "@/components/analytics/rfm-treemap";
import { getAnalyticsStatus, hasScores } from "@/lib/analytics";
import { getRfmSegments } from "@/lib/analytics";
import { newSegmentHref } from "@/lib/analytics";
import { formatMoney } from "@/lib/format";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "RFM segments" };

// /[org]/analytics/rfm: the 11 RFM segments with size and value, each linking to its customers.
export default async function RfmPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const status = await getAnalyticsStatus({ orgId: ctx.orgId });
  if (!hasScores(status)) return <AnalyticsNotComputed slug={ctx.slug} />;
  const { segments, total } = await getRfmSegments({ orgId: ctx.orgId });
  const hrefOf = (segment: string) => `/${ctx.slug}/analytics/predictions?segment=${encodeURIComponent(segment)}`;
  return (
    <>
      <ComputedAt computedAt={status.computedAt} customers={total} timezone={ctx.timezone} />
      <p className="mb-4 max-w-3xl text-sm text-gray-600">
        Each customer gets a 1–5 score for <strong>recency</strong> (how lately they bought), <strong>frequency</strong> (how often) and <strong>monetary</strong> value (how much), by quintiles among your customers. The scores map to the named
        segments below.
      </p>
      <ChartCard
        className="mb-6"
        title="Segment sizes"
        description="Area is the number of customers; select a segment to see its customers"
        empty={total === 0}
        chart={<RfmTreemap items={segments.map((s) => ({ name: s.segment, value: s.customers, color: RFM_SEGMENT_INFO[s.segment].color, href: hrefOf(s.segment), share: formatPercent(s.share, 1) }))} />}
        table={
          <DataTable
            caption="RFM segments"
            head={["Segment", "Customers", "Share", "Total revenue", "Average CLV"]}
            rows={segments.map((s) => [
              <Link key={s.segment} href={hrefOf(s.segment)} className="hover:underline">
                {s.segment}
              </Link>,
              s.customers.toLocaleString("en-US"),
              formatPercent(s.share, 1),
              formatMoney(s.revenue, ctx.currency),
              formatMoneyValue(s.avgClv, ctx.currency),
            ])}
          />
        }
      />
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {segments.map((s) => {
          const info = RFM_SEGMENT_INFO[s.segment];
          return (
            <li key={s.segment} className="flex h-full flex-col rounded-lg border border-gray-200 border-l-4 bg-white p-4 shadow-sm" style={{ borderLeftColor: info.color }}>
              <div className="flex items-baseline justify-between gap-2">
                <h2 className="font-semibold text-gray-900">
                  <Link href={hrefOf(s.segment)} className="hover:text-brand-700 hover:underline">
                    {s.segment}
                  </Link>
                </h2>
                <span className="text-xs text-gray-400">{info.rule}</span>
              </div>
              <p className="mt-1 flex-1 text-sm text-gray-600">{info.meaning}</p>
              <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
                <div>
                  <dt className="text-xs text-gray-500">Customers</dt>
                  <dd className="font-semibold tabular-nums text-gray-900">
                    {s.customers.toLocaleString("en-US")} <span className="text-xs font-normal text-gray-500">{formatPercent(s.share, 1)}</span>
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-gray-500">Revenue</dt>
                  <dd className="font-semibold tabular-nums text-gray-900">{formatMoney(s.revenue, ctx.currency)}</dd>
                </div>
                <div>
                  <dt className="text-xs text-gray-500">Avg CLV</dt>
                  <dd className="font-semibold tabular-nums text-gray-900">{formatMoneyValue(s.avgClv, ctx.currency)}</dd>
                </div>
              </dl>
              <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <Link href={hrefOf(s.segment)} className="font-medium text-brand-700 hover:underline">
                  View customers →
                </Link>
                <Link href={newSegmentHref(ctx.slug, { name: s.segment, rfmSegments: [s.segment] })} className="text-gray-600 hover:text-gray-900 hover:underline">
                  Save as segment
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
