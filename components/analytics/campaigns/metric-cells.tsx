import type { CampaignMetrics, MetricTotals } from "@/lib/analytics";
import { formatCount, formatMoneyOrDash, formatPercent, formatRoas, formatUnitCost } from "@/lib/analytics";

// The metric columns shared by the campaigns list and a campaign's daily table, so both read
// the same: totals first, then the ratios ("—" when a denominator is 0).
export const metricHead = [
  { label: "Cost", title: "Spend" },
  { label: "Revenue", title: "Revenue attributed to the campaign" },
  { label: "Impr.", title: "Impressions", from: "xl" },
  { label: "Clicks", title: "Clicks", from: "xl" },
  { label: "Conv.", title: "Conversions" },
  { label: "CTR", title: "Click-through rate: clicks / impressions", from: "2xl" },
  { label: "CPC", title: "Cost per click", from: "2xl" },
  { label: "CPA", title: "Cost per acquisition: cost / conversions" },
  { label: "CR", title: "Conversion rate: conversions / clicks", from: "2xl" },
  { label: "ROAS", title: "Return on ad spend: revenue / cost" },
] as const;

export const thClass = "px-3 py-2.5 text-right text-xs font-semibold uppercase tracking-wide text-gray-500 whitespace-nowrap";
export const tdClass = "px-3 py-2.5 text-right tabular-nums whitespace-nowrap";
// Secondary columns appear as the screen allows, so the table fits beside the sidebar without
// scrolling sideways: counts from xl, the click ratios from 2xl.
const shownFrom = { xl: "hidden xl:table-cell", "2xl": "hidden 2xl:table-cell" } as const;
const wideClass = (h: (typeof metricHead)[number]) => ("from" in h ? shownFrom[h.from] : "");

export function MetricHeadCells() {
  return (
    <>
      {metricHead.map((h) => (
        <th key={h.label} scope="col" title={h.title} className={`${thClass} ${wideClass(h)}`}>
          <abbr title={h.title} className="no-underline">
            {h.label}
          </abbr>
        </th>
      ))}
    </>
  );
}

export function MetricCells({ totals, metrics, currency, strong = false }: { totals: MetricTotals; metrics: CampaignMetrics; currency: string; strong?: boolean }) {
  const cells = [
    formatMoneyOrDash(totals.cost, currency),
    formatMoneyOrDash(totals.revenue, currency),
    formatCount(totals.impressions),
    formatCount(totals.clicks),
    formatCount(totals.conversions),
    formatPercent(metrics.ctr),
    formatUnitCost(metrics.cpc, currency),
    formatUnitCost(metrics.cpa, currency),
    formatPercent(metrics.conversionRate),
    formatRoas(metrics.roas),
  ];
  return (
    <>
      {cells.map((c, i) => (
        <td key={metricHead[i].label} className={`${tdClass} ${wideClass(metricHead[i])} ${strong ? "font-semibold text-gray-900" : "text-gray-800"} ${c === "—" ? "text-gray-400" : ""}`}>
          {c}
        </td>
      ))}
    </>
  );
}
