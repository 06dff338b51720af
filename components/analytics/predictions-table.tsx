import clsx from "clsx";
import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { PREDICTION_SORTS, type PredictionQuery, type PredictionSort } from "@/lib/analytics";
import type { ChurnRisk } from "@/lib/db/generated/enums";
import { formatDate, formatMoney } from "@/lib/format";
import { churnLabels, churnTones, formatDecimal, formatMoneyValue, formatProbability } from "./format-analytics";

export type PredictionRow = {
  customerId: string;
  orders: number;
  totalSpent: number;
  lastOrderAt: Date | null;
  recencyScore: number;
  frequencyScore: number;
  monetaryScore: number;
  rfmSegment: string;
  cluster: number | null;
  pAlive: number | null;
  expectedPurchases90d: number | null;
  expectedOrderValue: number | null;
  clv12m: number | null;
  churnRisk: ChurnRisk | null;
  customer: { name: string; email: string | null };
};

export function ChurnBadge({ risk }: { risk: ChurnRisk | null }) {
  if (!risk) return <span className="text-gray-400">—</span>;
  return <Badge tone={churnTones[risk]}>{churnLabels[risk]}</Badge>;
}

/** Link for a column header: the same filters, this sort, the other direction when already sorted by it. */
function sortHref(basePath: string, query: PredictionQuery, sort: PredictionSort) {
  const dir = query.sort === sort && query.dir === "desc" ? "asc" : "desc";
  const params = new URLSearchParams();
  if (query.segment) params.set("segment", query.segment);
  if (query.cluster !== undefined) params.set("cluster", String(query.cluster));
  if (query.churn) params.set("churn", query.churn);
  params.set("sort", sort);
  params.set("dir", dir);
  return `${basePath}?${params}`;
}

export function PredictionsTable({
  rows,
  slug,
  basePath,
  query,
  currency,
  timezone,
  clusters = [],
}: {
  rows: PredictionRow[];
  slug: string;
  basePath: string;
  query: PredictionQuery;
  currency: string;
  timezone: string;
  clusters?: { value: number; label: string }[];
}) {
  const clusterTitle = (cluster: number) => clusters.find((c) => c.value === cluster)?.label;
  const th = "px-3 py-2.5 text-xs font-semibold uppercase tracking-wide text-gray-500 whitespace-nowrap";
  const td = "px-3 py-2.5 whitespace-nowrap";
  const sortable = (sort: PredictionSort, label: string, className?: string) => {
    const active = query.sort === sort;
    return (
      <th scope="col" className={clsx(th, "text-right", className)} aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"}>
        <Link href={sortHref(basePath, query, sort)} className={clsx("inline-flex items-center gap-1 hover:text-gray-900", active && "text-gray-900")} title={`Sort by ${PREDICTION_SORTS[sort].label}`}>
          {label}
          <span aria-hidden className={active ? "" : "text-gray-300"}>
            {active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}
          </span>
        </Link>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <caption className="sr-only">Customers with their scores and predictions</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className={clsx(th, "text-left")}>
              Customer
            </th>
            <th scope="col" className={clsx(th, "hidden text-left sm:table-cell")}>
              RFM segment
            </th>
            <th scope="col" className={clsx(th, "hidden text-right 2xl:table-cell")}>
              Cluster
            </th>
            {sortable("alive", "P(alive)")}
            {sortable("expected", "Purchases 90 d", "hidden md:table-cell")}
            <th scope="col" className={clsx(th, "hidden text-right 2xl:table-cell")}>
              Order value
            </th>
            {sortable("clv", "CLV 12 mo")}
            {sortable("churn", "Churn risk", "hidden sm:table-cell")}
            {sortable("spent", "Spent", "hidden lg:table-cell")}
            <th scope="col" className={clsx(th, "hidden text-right 2xl:table-cell")}>
              Last order
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((r) => (
            <tr key={r.customerId} className="hover:bg-gray-50">
              <td className={clsx(td, "max-w-36 sm:max-w-44")}>
                <Link href={`/${slug}/customers/${r.customerId}`} className="block truncate font-medium text-gray-900 hover:text-brand-700 hover:underline" title={r.customer.name}>
                  {r.customer.name}
                </Link>
                {r.customer.email && <span className="block truncate text-xs text-gray-500">{r.customer.email}</span>}
                {/* Phones: segment and churn band under the name, so P(alive) and CLV fit beside it. */}
                <span className="mt-1 flex items-center gap-1.5 text-xs text-gray-600 sm:hidden">
                  <span className="truncate">{r.rfmSegment}</span>
                  <ChurnBadge risk={r.churnRisk} />
                </span>
              </td>
              <td className={clsx(td, "hidden sm:table-cell")}>
                <span className="text-gray-900">{r.rfmSegment}</span>{" "}
                <span className="text-xs tabular-nums text-gray-400" title="Recency, frequency, monetary scores (1-5)">
                  {r.recencyScore}
                  {r.frequencyScore}
                  {r.monetaryScore}
                </span>
              </td>
              <td className={clsx(td, "hidden text-right tabular-nums 2xl:table-cell")}>{r.cluster === null ? <span className="text-gray-400">—</span> : <span title={clusterTitle(r.cluster)}>{r.cluster + 1}</span>}</td>
              <td className={clsx(td, "text-right tabular-nums")}>{formatProbability(r.pAlive)}</td>
              <td className={clsx(td, "hidden text-right tabular-nums md:table-cell")}>{formatDecimal(r.expectedPurchases90d)}</td>
              <td className={clsx(td, "hidden text-right tabular-nums 2xl:table-cell")}>{formatMoneyValue(r.expectedOrderValue, currency)}</td>
              <td className={clsx(td, "text-right font-medium tabular-nums")}>{formatMoneyValue(r.clv12m, currency)}</td>
              <td className={clsx(td, "hidden text-right sm:table-cell")}>
                <ChurnBadge risk={r.churnRisk} />
              </td>
              <td className={clsx(td, "hidden text-right tabular-nums lg:table-cell")}>{formatMoney(r.totalSpent, currency)}</td>
              <td className={clsx(td, "hidden text-right text-gray-600 2xl:table-cell")}>{r.lastOrderAt ? formatDate(r.lastOrderAt, timezone) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
