// Pure campaign metric formulas over integer totals (money in minor units). Each ratio is null
// when its denominator is 0: "no clicks" has no cost per click, and the UI shows "—", never
// 0, Infinity or NaN.
export type MetricTotals = { impressions: number; clicks: number; conversions: number; cost: number; revenue: number };

export type CampaignMetrics = {
  /** Click-through rate: clicks / impressions (a fraction, 0.025 = 2.5%). */
  ctr: number | null;
  /** Cost per click, minor units (may be fractional). */
  cpc: number | null;
  /** Cost per acquisition (conversion), minor units. */
  cpa: number | null;
  /** Conversions / clicks (a fraction). */
  conversionRate: number | null;
  /** Return on ad spend: revenue / cost (2.5 = 2.5 × the spend came back). */
  roas: number | null;
};

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export const ctr = (t: Pick<MetricTotals, "clicks" | "impressions">) => ratio(t.clicks, t.impressions);
export const cpc = (t: Pick<MetricTotals, "cost" | "clicks">) => ratio(t.cost, t.clicks);
export const cpa = (t: Pick<MetricTotals, "cost" | "conversions">) => ratio(t.cost, t.conversions);
export const conversionRate = (t: Pick<MetricTotals, "conversions" | "clicks">) => ratio(t.conversions, t.clicks);
export const roas = (t: Pick<MetricTotals, "revenue" | "cost">) => ratio(t.revenue, t.cost);

export function campaignMetrics(t: MetricTotals): CampaignMetrics {
  return { ctr: ctr(t), cpc: cpc(t), cpa: cpa(t), conversionRate: conversionRate(t), roas: roas(t) };
}

export const emptyTotals = (): MetricTotals => ({ impressions: 0, clicks: 0, conversions: 0, cost: 0, revenue: 0 });

/** Sums days (or campaigns) into one total; integers stay integers. */
export function sumTotals(rows: readonly MetricTotals[]): MetricTotals {
  const out = emptyTotals();
  for (const r of rows) {
    out.impressions += r.impressions;
    out.clicks += r.clicks;
    out.conversions += r.conversions;
    out.cost += r.cost;
    out.revenue += r.revenue;
  }
  return out;
}
