import { RETENTION_MONTHS, type Cohort } from "@/lib/analytics";
import { DataTable } from "./data-table";
import { formatPercent } from "./format-analytics";

const monthTitle = (month: string) => new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
const offsets = Array.from({ length: RETENTION_MONTHS }, (_, i) => i + 1);

/** Cell colour: brand indigo, stronger with a higher share (white text from 45%). */
function cellStyle(share: number): React.CSSProperties {
  const alpha = Math.min(1, 0.08 + share * 1.6);
  return { backgroundColor: `rgba(79, 70, 229, ${alpha.toFixed(3)})`, color: alpha > 0.55 ? "white" : "#1f2937" };
}

/** % of each first-purchase-month cohort that bought in month +1 .. +11: a heat-map table. */
export function CohortHeatmap({ cohorts }: { cohorts: Cohort[] }) {
  return (
    <table className="min-w-full border-separate border-spacing-0.5 text-xs">
      <caption className="sr-only">Share of each cohort buying again in the months after its first purchase</caption>
      <thead>
        <tr>
          <th scope="col" className="px-2 py-1.5 text-left font-semibold text-gray-500">
            Cohort
          </th>
          <th scope="col" className="px-2 py-1.5 text-right font-semibold text-gray-500">
            Customers
          </th>
          {offsets.map((k) => (
            <th key={k} scope="col" className="min-w-11 px-1 py-1.5 text-center font-semibold text-gray-500">
              +{k}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cohorts.map((c) => (
          <tr key={c.month}>
            <th scope="row" className="whitespace-nowrap px-2 py-1.5 text-left font-medium text-gray-700">
              {monthTitle(c.month)}
            </th>
            <td className="px-2 py-1.5 text-right tabular-nums text-gray-900">{c.customers.toLocaleString("en-US")}</td>
            {c.retained.map((n, i) =>
              n === null ? (
                <td key={i} className="px-1 py-1.5 text-center text-gray-300" aria-label="not yet">
                  ·
                </td>
              ) : (
                <td key={i} className="rounded px-1 py-1.5 text-center tabular-nums" style={cellStyle(c.customers ? n / c.customers : 0)} title={`${n} of ${c.customers} bought in month +${i + 1}`}>
                  {formatPercent(c.customers ? n / c.customers : 0)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The same numbers as counts and shares, one row per cohort and month. */
export function CohortTable({ cohorts }: { cohorts: Cohort[] }) {
  return (
    <DataTable
      caption="Customers of each cohort buying again per month after the first purchase"
      head={["Cohort", "Customers", ...offsets.map((k) => `+${k}`)]}
      rows={cohorts.map((c) => [monthTitle(c.month), c.customers.toLocaleString("en-US"), ...c.retained.map((n) => (n === null ? "—" : `${n} (${formatPercent(c.customers ? n / c.customers : 0)})`))])}
    />
  );
}
