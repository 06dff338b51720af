import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { getAnalyticsStatus, readRunSummary } from "../rollups/get-analytics-status";
import { getClusterSummary } from "./get-cluster-summary";
import { getCustomerPrediction } from "./get-customer-prediction";
import { getCustomerPredictions, listScoreClusters, parsePredictionQuery } from "./get-customer-predictions";
import { getRfmSegments } from "./get-rfm-segments";
import { getSegmentFormOptions } from "../segments/get-segment-form-options";

// Integration: the views over precomputed CustomerScore rows and the latest finished run.
type Org = Awaited<ReturnType<typeof createOrg>>;
type ScoreSpec = { name: string; segment: string; cluster?: number | null; clv?: number | null; pAlive?: number | null; churn?: "LOW" | "MEDIUM" | "HIGH" | null; spent?: number; tenure?: number; recency?: number; orders?: number };

async function scored(org: Org, s: ScoreSpec) {
  const c = await db.customer.create({ data: { orgId: org.orgId, name: s.name }, select: { id: true } });
  await db.customerScore.create({
    data: {
      customerId: c.id,
      orgId: org.orgId,
      orders: s.orders ?? 2,
      totalSpent: s.spent ?? 1000,
      frequency: (s.orders ?? 2) - 1,
      recencyDays: s.recency ?? 10,
      tenureDays: s.tenure ?? 100,
      monetaryValue: 500,
      lastOrderAt: new Date("2025-03-01T00:00:00Z"),
      recencyScore: 3,
      frequencyScore: 3,
      monetaryScore: 3,
      rfmSegment: s.segment,
      cluster: s.cluster ?? null,
      pAlive: s.pAlive ?? null,
      expectedPurchases90d: s.pAlive == null ? null : s.pAlive * 2,
      expectedOrderValue: s.clv == null ? null : 500,
      clv12m: s.clv ?? null,
      churnRisk: s.churn ?? null,
      computedAt: new Date("2025-03-10T00:00:00Z"),
    },
  });
  return c.id;
}

let a: Org, b: Org, empty: Org;
const ids: Record<string, string> = {};
beforeAll(async () => {
  [a, b, empty] = await Promise.all([createOrg(), createOrg(), createOrg()]);
  ids.champ1 = await scored(a, { name: "Champ 1", segment: "Champions", cluster: 0, clv: 9000, pAlive: 0.9, churn: "LOW", spent: 20000, orders: 8, tenure: 300, recency: 290 });
  ids.champ2 = await scored(a, { name: "Champ 2", segment: "Champions", cluster: 0, clv: 5000, pAlive: 0.8, churn: "LOW", spent: 10000, orders: 4, tenure: 200, recency: 190 });
  ids.risk = await scored(a, { name: "Risky", segment: "At Risk", cluster: 1, clv: 100, pAlive: 0.2, churn: "HIGH", spent: 4000, orders: 3, tenure: 400, recency: 100 });
  ids.lost = await scored(a, { name: "Lost one", segment: "Lost", cluster: 1, clv: null, pAlive: null, churn: null, spent: 500, orders: 1, tenure: 500, recency: 0 });
  // Org b: same segments, must never show up for a.
  for (let i = 0; i < 3; i++) await scored(b, { name: `B ${i}`, segment: "Champions", cluster: 0, clv: 1e6, pAlive: 0.99, churn: "LOW", spent: 1e6 });
  await db.analyticsRun.createMany({
    data: [
      {
        orgId: a.orgId,
        status: "DONE",
        createdAt: new Date("2025-03-10T00:00:00Z"),
        finishedAt: new Date("2025-03-10T00:01:00Z"),
        summary: {
          notes: ["Order value and CLV need at least 20 repeat customers with spend (have 3)."],
          kmeans: {
            k: 2,
            silhouette: 0.61,
            silhouetteByK: [{ k: 2, silhouette: 0.61, inertia: 3 }],
            features: ["recency", "frequency", "monetary", "tenure"],
            clusters: [
              { id: 0, size: 2, centroid: [-1, 1, 1, 0], typical: [10, 6, 15000, 250], description: "recent, frequent, high spend" },
              { id: 1, size: 2, centroid: [1, -1, -1, 0], typical: [300, 2, 1500, 450], description: "lapsed, infrequent, low spend" },
            ],
          },
        },
      },
      // A later failed run does not hide the finished one.
      { orgId: a.orgId, status: "FAILED", createdAt: new Date("2025-03-11T00:00:00Z"), error: "boom" },
    ],
  });
});

describe("getAnalyticsStatus", () => {
  it("counts the org's score rows and reads the latest finished run", async () => {
    const s = await getAnalyticsStatus({ orgId: a.orgId });
    expect(s.scoredCustomers).toBe(4);
    expect(s.computedAt?.toISOString()).toBe("2025-03-10T00:00:00.000Z");
    expect(s.lastRun?.summary.kmeans).toMatchObject({ k: 2, silhouette: 0.61 });
    expect(s.lastRun?.summary.notes).toHaveLength(1);
  });

  it("reads a malformed summary as nothing rather than failing", () => {
    expect(readRunSummary(null)).toEqual({ kmeans: null, notes: [] });
    expect(readRunSummary({ kmeans: { k: "two" }, notes: "x" })).toEqual({ kmeans: null, notes: [] });
  });

  it("an org with nothing computed: zero rows and no run", async () => {
    expect(await getAnalyticsStatus({ orgId: empty.orgId })).toEqual({ scoredCustomers: 0, computedAt: null, lastRun: null });
  });
});

describe("getRfmSegments", () => {
  it("gives all 11 segments in order with counts, shares, revenue and average CLV of the org only", async () => {
    const { segments, total } = await getRfmSegments({ orgId: a.orgId });
    expect(total).toBe(4);
    expect(segments).toHaveLength(11);
    expect(segments[0]).toEqual({ segment: "Champions", customers: 2, share: 0.5, revenue: 30000, avgClv: 7000 });
    expect(segments.find((s) => s.segment === "At Risk")).toEqual({ segment: "At Risk", customers: 1, share: 0.25, revenue: 4000, avgClv: 100 });
    expect(segments.find((s) => s.segment === "Lost")).toEqual({ segment: "Lost", customers: 1, share: 0.25, revenue: 500, avgClv: null });
    expect(segments.find((s) => s.segment === "New")).toEqual({ segment: "New", customers: 0, share: 0, revenue: 0, avgClv: null });
  });

  it("empty org: every segment at zero", async () => {
    const { segments, total } = await getRfmSegments({ orgId: empty.orgId });
    expect(total).toBe(0);
    expect(segments.every((s) => s.customers === 0 && s.share === 0)).toBe(true);
  });
});

describe("getClusterSummary", () => {
  it("averages members per cluster and joins the run's description and centroid", async () => {
    const status = await getAnalyticsStatus({ orgId: a.orgId });
    const clusters = await getClusterSummary({ orgId: a.orgId, kmeans: status.lastRun!.summary.kmeans });
    expect(clusters).toEqual([
      {
        cluster: 0,
        customers: 2,
        share: 0.5,
        avgDaysSinceLastOrder: 10, // (300 - 290 + 200 - 190) / 2
        avgOrders: 6,
        avgSpent: 15000,
        avgTenureDays: 250,
        avgClv: 7000,
        avgBotMessages: null,
        description: "recent, frequent, high spend",
        centroid: { daysSinceLastOrder: 10, orders: 6, spent: 15000, tenureDays: 250, botMessages: null },
      },
      {
        cluster: 1,
        customers: 2,
        share: 0.5,
        avgDaysSinceLastOrder: 400,
        avgOrders: 2,
        avgSpent: 2250,
        avgTenureDays: 450,
        avgClv: 100,
        avgBotMessages: null,
        description: "lapsed, infrequent, low spend",
        centroid: { daysSinceLastOrder: 300, orders: 2, spent: 1500, tenureDays: 450, botMessages: null },
      },
    ]);
    expect((await listScoreClusters({ orgId: a.orgId })).map((c) => c.value)).toEqual([0, 1]);
  });

  it("without a run summary: member averages only; empty org: no clusters", async () => {
    const clusters = await getClusterSummary({ orgId: a.orgId, kmeans: null });
    expect(clusters.map((c) => [c.cluster, c.description, c.centroid])).toEqual([
      [0, null, null],
      [1, null, null],
    ]);
    expect(await getClusterSummary({ orgId: empty.orgId, kmeans: null })).toEqual([]);
  });
});

describe("getCustomerPredictions", () => {
  const names = async (raw: Record<string, string>) => (await getCustomerPredictions({ orgId: a.orgId, query: parsePredictionQuery(raw) })).items.map((r) => r.customer.name);

  it("sorts by CLV (missing last in both directions), P(alive), churn band, total spent", async () => {
    expect(await names({})).toEqual(["Champ 1", "Champ 2", "Risky", "Lost one"]);
    expect(await names({ dir: "asc" })).toEqual(["Risky", "Champ 2", "Champ 1", "Lost one"]);
    expect(await names({ sort: "alive", dir: "asc" })).toEqual(["Risky", "Champ 2", "Champ 1", "Lost one"]);
    expect(await names({ sort: "churn" })).toEqual(["Risky", "Champ 1", "Champ 2", "Lost one"]); // HIGH first, ties by spend
    expect(await names({ sort: "spent", dir: "asc" })).toEqual(["Lost one", "Risky", "Champ 2", "Champ 1"]);
  });

  it("filters by segment, cluster and churn band; bad parameters fall back to defaults", async () => {
    expect(await names({ segment: "Champions" })).toEqual(["Champ 1", "Champ 2"]);
    expect(await names({ cluster: "1" })).toEqual(["Risky", "Lost one"]);
    expect(await names({ churn: "HIGH" })).toEqual(["Risky"]);
    expect(await names({ segment: "Champions", churn: "HIGH" })).toEqual([]);
    expect(parsePredictionQuery({ segment: "Nope", cluster: "-1", churn: "x", sort: "name", dir: "up", page: "0" })).toEqual({ segment: undefined, cluster: undefined, churn: undefined, sort: "clv", dir: "desc", page: 1 });
  });

  it("pages 25 at a time and clamps the page", async () => {
    const r = await getCustomerPredictions({ orgId: a.orgId, query: parsePredictionQuery({ page: "9" }), pageSize: 3 });
    expect(r).toMatchObject({ total: 4, page: 2, pageCount: 2 });
    expect(r.items.map((i) => i.customer.name)).toEqual(["Lost one"]);
    expect(await getCustomerPredictions({ orgId: empty.orgId, query: parsePredictionQuery({}) })).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it("one customer's scores only within its org", async () => {
    expect(await getCustomerPrediction({ orgId: a.orgId, customerId: ids.champ1 })).toMatchObject({ rfmSegment: "Champions", clv12m: 9000, churnRisk: "LOW" });
    expect(await getCustomerPrediction({ orgId: b.orgId, customerId: ids.champ1 })).toBeNull();
  });
});

describe("cluster names", () => {
  it("the customer page, the segment builder and the predictions filter name a cluster as the Clusters page describes it", async () => {
    const lapsed = "Cluster 2 (lapsed, infrequent, low spend)";
    expect(await getCustomerPrediction({ orgId: a.orgId, customerId: ids.risk })).toMatchObject({ cluster: 1, clusterLabel: lapsed });
    const options = await getSegmentFormOptions({ orgId: a.orgId, currency: "EUR", timeZone: "UTC" });
    expect(options.clusters).toEqual([
      { value: 0, label: "Cluster 1 (recent, frequent, high spend)", customers: 2 },
      { value: 1, label: lapsed, customers: 2 },
    ]);
    expect(await listScoreClusters({ orgId: a.orgId })).toEqual(options.clusters.map(({ value, label }) => ({ value, label })));
    // Org b has scores but no run that described them: the number alone, never a's words.
    expect((await getSegmentFormOptions({ orgId: b.orgId, currency: "EUR", timeZone: "UTC" })).clusters).toEqual([{ value: 0, label: "Cluster 1", customers: 3 }]);
  });
});
