import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { TableCard } from "@/components/ui/table-card";
import { channelLabel } from "@/lib/analytics";
import { formatCalendarDate } from "@/lib/analytics";
import type { CampaignMetrics, MetricTotals } from "@/lib/analytics";
import type { CampaignTotalsRow } from "@/lib/analytics";
import { MetricCells, MetricHeadCells } from "./metric-cells";

/** Every campaign with its totals and metrics over the range, and the sum in the org's currency. */
export function CampaignsTable({ basePath, rows, overall, currency, query }: { basePath: string; rows: CampaignTotalsRow[]; overall: { totals: MetricTotals; metrics: CampaignMetrics }; currency: string; query: string }) {
  const dates = (r: CampaignTotalsRow) => (r.startsOn || r.endsOn ? `${r.startsOn ? formatCalendarDate(r.startsOn) : "…"} – ${r.endsOn ? formatCalendarDate(r.endsOn) : "open"}` : null);
  return (
    <TableCard>
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <caption className="sr-only">Campaign totals over the selected range</caption>
        <thead className="bg-gray-50">
          <tr>
            <th scope="col" className="px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">
              Campaign
            </th>
            <MetricHeadCells />
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((r) => (
            <tr key={r.id} className="hover:bg-gray-50">
              <th scope="row" className="max-w-64 px-3 py-2.5 text-left font-normal">
                <Link href={`${basePath}/${r.id}${query}`} className="block truncate font-medium text-gray-900 hover:text-brand-700 hover:underline" title={r.name}>
                  {r.name}
                </Link>
                <span className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-gray-500">
                  <Badge>{channelLabel(r.channel)}</Badge>
                  {dates(r)}
                  {r.days === 0 && <span className="text-amber-700">no data in range</span>}
                  {r.currency !== currency && <span>in {r.currency}</span>}
                </span>
              </th>
              <MetricCells totals={r.totals} metrics={r.metrics} currency={r.currency} />
            </tr>
          ))}
        </tbody>
        {rows.length > 1 && (
          <tfoot className="border-t-2 border-gray-200 bg-gray-50">
            <tr>
              <th scope="row" className="px-3 py-2.5 text-left font-semibold text-gray-900">
                All campaigns{rows.some((r) => r.currency !== currency) && <span className="block text-xs font-normal text-gray-500">in {currency} only</span>}
              </th>
              <MetricCells totals={overall.totals} metrics={overall.metrics} currency={currency} strong />
            </tr>
          </tfoot>
        )}
      </table>
    </TableCard>
  );
}
