import { orgDb } from "@/lib/db/org-db";
import { campaignMetrics, emptyTotals, sumTotals, type CampaignMetrics, type MetricTotals } from "./campaign-metrics";
import type { DateRange } from "./date-range";

// Every campaign of an org with its totals and metrics over a date range (both days included):
// one grouped query over the daily rows, so the list costs the same for 3 or 300 campaigns.
export type CampaignTotalsRow = {
  id: string;
  name: string;
  channel: string;
  currency: string;
  dailyBudget: number | null;
  startsOn: Date | null;
  endsOn: Date | null;
  days: number;
  totals: MetricTotals;
  metrics: CampaignMetrics;
};

export async function listCampaignTotals({ orgId, range }: { orgId: string; range: Pick<DateRange, "from" | "to"> }): Promise<CampaignTotalsRow[]> {
  const [campaigns, groups] = await Promise.all([
    orgDb(orgId).campaign.findMany({ orderBy: [{ name: "asc" }], select: { id: true, name: true, channel: true, currency: true, dailyBudget: true, startsOn: true, endsOn: true } }),
    orgDb(orgId).campaignMetric.groupBy({
      by: ["campaignId"],
      where: { date: { gte: range.from, lte: range.to } },
      _sum: { impressions: true, clicks: true, conversions: true, cost: true, revenue: true },
      _count: { _all: true },
    }),
  ]);
  const byId = new Map(groups.map((g) => [g.campaignId, g]));
  return campaigns.map((c) => {
    const g = byId.get(c.id);
    const totals: MetricTotals = g ? { impressions: g._sum.impressions ?? 0, clicks: g._sum.clicks ?? 0, conversions: g._sum.conversions ?? 0, cost: g._sum.cost ?? 0, revenue: g._sum.revenue ?? 0 } : emptyTotals();
    return { ...c, days: g?._count._all ?? 0, totals, metrics: campaignMetrics(totals) };
  });
}

/** All campaigns in one currency together (campaigns in other currencies are not added in). */
export function overallTotals(rows: readonly CampaignTotalsRow[], currency: string) {
  const totals = sumTotals(rows.filter((r) => r.currency === currency).map((r) => r.totals));
  return { totals, metrics: campaignMetrics(totals) };
}
