import Link from "next/link";
import type { ClusterStats } from "@/lib/analytics";
import { clusterLabel } from "@/lib/analytics";
import { newSegmentHref } from "@/lib/analytics";
import { formatMoneyValue, formatNumber, formatPercent } from "./format-analytics";

const PALETTE = ["#4f46e5", "#10b981", "#f59e0b", "#ef4444", "#0ea5e9", "#a855f7", "#14b8a6", "#f97316"];
export const clusterColor = (id: number) => PALETTE[id % PALETTE.length];

const days = (d: number) => `${formatNumber(d)} d`;

/** One card per cluster: size, the centroid in words, typical and average values, a link to its customers. */
export function ClusterCards({ clusters, slug, currency }: { clusters: ClusterStats[]; slug: string; currency: string }) {
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
      {clusters.map((c) => {
        const label = clusterLabel(c.cluster, c.description ? { [c.cluster]: c.description } : null);
        return (
          <section key={c.cluster} aria-labelledby={`cluster-${c.cluster}`} className="flex flex-col rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
            <div className="flex items-start justify-between gap-3">
              <h2 id={`cluster-${c.cluster}`} className="flex items-center gap-2 text-base font-semibold text-gray-900">
                <span className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: clusterColor(c.cluster) }} aria-hidden />
                Cluster {c.cluster + 1}
              </h2>
              <p className="text-right text-sm tabular-nums text-gray-700">
                {c.customers.toLocaleString("en-US")} customers
                <span className="block text-xs text-gray-500">{formatPercent(c.share, 1)} of clustered</span>
              </p>
            </div>
            <p className="mt-2 text-sm font-medium text-gray-800">{c.description ? c.description[0].toUpperCase() + c.description.slice(1) : "—"}</p>
            <div className="mt-1 h-1.5 rounded-full bg-gray-100" aria-hidden>
              <div className="h-1.5 rounded-full" style={{ width: `${Math.max(2, c.share * 100)}%`, backgroundColor: clusterColor(c.cluster) }} />
            </div>
            <table className="mt-4 w-full text-sm">
              <caption className="sr-only">Centroid and member averages of {label}</caption>
              <thead>
                <tr className="text-xs text-gray-500">
                  <th scope="col" className="pb-1 text-left font-medium">
                    Measure
                  </th>
                  <th scope="col" className="pb-1 text-right font-medium" title="The cluster centre on the original scale: a typical member">
                    Centroid
                  </th>
                  <th scope="col" className="pb-1 text-right font-medium">
                    Average
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100 tabular-nums">
                {[
                  ["Days since last order", c.centroid && days(c.centroid.daysSinceLastOrder), days(c.avgDaysSinceLastOrder)],
                  ["Orders", c.centroid && formatNumber(c.centroid.orders, 1), formatNumber(c.avgOrders, 1)],
                  ["Total spend", c.centroid && formatMoneyValue(c.centroid.spent, currency), formatMoneyValue(c.avgSpent, currency)],
                  ["Tenure", c.centroid && days(c.centroid.tenureDays), days(c.avgTenureDays)],
                  ["12-month CLV", null, formatMoneyValue(c.avgClv, currency)],
                  ...(c.avgBotMessages === null ? [] : [["Bot messages (90 d)", c.centroid?.botMessages == null ? null : formatNumber(c.centroid.botMessages, 1), formatNumber(c.avgBotMessages, 1)]]),
                ].map(([label, centroid, avg]) => (
                  <tr key={String(label)}>
                    <th scope="row" className="py-1.5 text-left font-normal text-gray-600">
                      {label}
                    </th>
                    <td className="py-1.5 text-right text-gray-900">{centroid ?? "—"}</td>
                    <td className="py-1.5 text-right text-gray-900">{avg}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <Link href={`/${slug}/analytics/predictions?cluster=${c.cluster}`} className="font-medium text-brand-700 hover:underline">
                View {c.customers.toLocaleString("en-US")} customers →
              </Link>
              <Link href={newSegmentHref(slug, { name: label.slice(0, 80), clusters: [c.cluster] })} className="text-gray-600 hover:text-gray-900 hover:underline">
                Save as segment
              </Link>
            </div>
          </section>
        );
      })}
    </div>
  );
}
