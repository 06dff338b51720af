import { db } from "@/lib/db/client";
import type { RunKmeans } from "../rollups/get-analytics-status";

export type ClusterStats = {
  cluster: number;
  customers: number;
  share: number;
  /** Member averages: days since the last order, paid orders, total spent (minor units), days since the first order. */
  avgDaysSinceLastOrder: number;
  avgOrders: number;
  avgSpent: number;
  avgTenureDays: number;
  avgClv: number | null;
  /** Messages to the bot in the last 90 days, on average; null when bot engagement was not a feature. */
  avgBotMessages: number | null;
  /** From the run that made the clusters: the centroid in words and on the original scale. */
  description: string | null;
  centroid: { daysSinceLastOrder: number; orders: number; spent: number; tenureDays: number; botMessages: number | null } | null;
};

type Row = { cluster: number; customers: number; last_order: number; orders: number; spent: number; tenure: number; clv: number | null; bot_messages: number };

/** The k-means features in the order the recompute clusters on (compute-customer-scores.ts). */
const FEATURES = ["recency", "frequency", "monetary", "tenure", "bot engagement"] as const;

/**
 * One row per cluster of the org's scored customers (one GROUP BY), joined with what the run
 * summary says about each cluster. Customers without a cluster (too few to cluster) are left out.
 */
export async function getClusterSummary({ orgId, kmeans }: { orgId: string; kmeans: RunKmeans | null }): Promise<ClusterStats[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT "cluster" AS cluster, count(*)::int AS customers,
           avg("tenureDays" - "recencyDays")::float8 AS last_order,
           avg("orders")::float8 AS orders,
           avg("totalSpent")::float8 AS spent,
           avg("tenureDays")::float8 AS tenure,
           avg("clv12m")::float8 AS clv,
           avg("botMessages90d")::float8 AS bot_messages
    FROM "CustomerScore"
    WHERE "orgId" = ${orgId} AND "cluster" IS NOT NULL
    GROUP BY 1
    ORDER BY 1`;
  const total = rows.reduce((n, r) => n + r.customers, 0);
  const features = kmeans?.features ?? FEATURES.slice(0, 4);
  const withBot = features.includes("bot engagement");
  const at = (values: number[] | undefined, name: (typeof FEATURES)[number]) => {
    const i = features.indexOf(name);
    return values && i >= 0 && Number.isFinite(values[i]) ? values[i] : null;
  };
  return rows.map((r) => {
    const described = kmeans?.clusters?.find((c) => c.id === r.cluster);
    const t = described?.typical;
    const values = [at(t, "recency"), at(t, "frequency"), at(t, "monetary"), at(t, "tenure")];
    return {
      cluster: r.cluster,
      customers: r.customers,
      share: total ? r.customers / total : 0,
      avgDaysSinceLastOrder: r.last_order,
      avgOrders: r.orders,
      avgSpent: r.spent,
      avgTenureDays: r.tenure,
      avgClv: r.clv,
      avgBotMessages: withBot ? r.bot_messages : null,
      description: described?.description ?? null,
      centroid: values.every((v) => v !== null) ? { daysSinceLastOrder: values[0]!, orders: values[1]!, spent: values[2]!, tenureDays: values[3]!, botMessages: at(t, "bot engagement") } : null,
    };
  });
}
