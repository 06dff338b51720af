import { TableCard } from "@/components/ui/table-card";
import { formatCalendarDate } from "@/lib/analytics";
import type { CampaignMetrics, MetricTotals } from "@/lib/analytics";
import type { CampaignDay } from "@/lib/analytics";
import { MetricCells, MetricHeadCells } from "./metric-cells";

/** A campaign's days in the range, newest first, with the range total at the bottom. */
export function CampaignDaysTable({ days, total, currency }: { days: CampaignDay[]; total: { totals: MetricTotals; metrics: CampaignMetrics }; currency: string }) {
  return (
    <TableCard title="Daily metrics">
      <div className="max-h-[36rem] overflow-auto">
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <caption className="sr-only">Daily metrics</caption>
          <thead className="sticky top-0 bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-500">
                Date
              </th>
              <MetricHeadCells />
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {[...days].reverse().map((d) => (
              <tr key={d.date.toISOString()} className="hover:bg-gray-50">
                <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-normal text-gray-700">
                  {formatCalendarDate(d.date)}
                </th>
                <MetricCells totals={d} metrics={d.metrics} currency={currency} />
              </tr>
            ))}
          </tbody>
          <tfoot className="sticky bottom-0 border-t-2 border-gray-200 bg-gray-50">
            <tr>
              <th scope="row" className="px-3 py-2.5 text-left font-semibold text-gray-900">
                Total
              </th>
              <MetricCells totals={total.totals} metrics={total.metrics} currency={currency} strong />
            </tr>
          </tfoot>
        </table>
      </div>
    </TableCard>
  );
}
