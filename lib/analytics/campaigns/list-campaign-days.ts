import { orgDb } from "@/lib/db/org-db";
import { campaignMetrics, type CampaignMetrics, type MetricTotals } from "./campaign-metrics";
import type { DateRange } from "./date-range";

// The daily rows of one campaign (already checked to be the org's) in a range, oldest first.
export type CampaignDay = MetricTotals & { date: Date; metrics: CampaignMetrics };

export async function listCampaignDays({ orgId, campaignId, range }: { orgId: string; campaignId: string; range: Pick<DateRange, "from" | "to"> }): Promise<CampaignDay[]> {
  const rows = await orgDb(orgId).campaignMetric.findMany({
    where: { campaignId, date: { gte: range.from, lte: range.to } },
    orderBy: { date: "asc" },
    select: { date: true, impressions: true, clicks: true, conversions: true, cost: true, revenue: true },
  });
  return rows.map((r) => ({ ...r, metrics: campaignMetrics(r) }));
}
