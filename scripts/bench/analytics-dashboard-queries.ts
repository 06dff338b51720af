// Benchmark: the analytics dashboards' queries (Overview order aggregates per date range, RFM,
// clusters, predictions list) on one organization with 100,000 customers and 1,000,000 paid
// orders (seeded by seed-analytics-load.ts when missing; scores by one recompute when missing).
// Prints p50/p95 per query. Target: p95 < 200 ms.
// --cluster rewrites the Order table in (orgId, paidAt) order first: the seeder writes orders
// customer by customer, a live table receives them in time order, and range scans care.
// Run: npx tsx scripts/bench/analytics-dashboard-queries.ts [--runs N] [--cluster]
// (DATABASE_URL, or an embedded Postgres in .data/bench on port 54370 or BENCH_PG_PORT.)
import { prepareDatabase } from "../lib/prepare-database";
import { BENCH_ORG_SLUG, seedAnalyticsLoad } from "./seed-analytics-load";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};

const database = await prepareDatabase({ dataDir: ".data/bench", port: Number(process.env.BENCH_PG_PORT || 54370) });
process.env.DATABASE_URL = database.url;
// Imported once DATABASE_URL is known (the Prisma client reads it on first use).
const { db } = await import("@/lib/db/client");
const { recomputeOrgAnalytics } = await import("@/lib/analytics");
const { getDateRange } = await import("@/lib/analytics");
const { getRevenueSeries } = await import("@/lib/analytics");
const { getCustomerMix } = await import("@/lib/analytics");
const { getCohortRetention } = await import("@/lib/analytics");
const { getTopCustomers } = await import("@/lib/analytics");
const { getFirstPaidAt } = await import("@/lib/analytics");
const { getAnalyticsStatus } = await import("@/lib/analytics");
const { getRfmSegments } = await import("@/lib/analytics");
const { getClusterSummary } = await import("@/lib/analytics");
const { getCustomerPredictions, parsePredictionQuery } = await import("@/lib/analytics");

try {
  const seeded = await seedAnalyticsLoad({ databaseUrl: database.url });
  if ((await db.customerScore.count({ where: { orgId: seeded.orgId } })) === 0) await recomputeOrgAnalytics({ orgId: seeded.orgId });
  // Steady state: autovacuum keeps a live table's visibility map current (index-only scans).
  await db.$executeRawUnsafe(`VACUUM ANALYZE "CustomerMonth"`);
  if (process.argv.includes("--cluster")) {
    await db.$executeRawUnsafe(`CLUSTER "Order" USING "Order_orgId_paidAt_idx"`);
    await db.$executeRawUnsafe(`ANALYZE "Order"`);
  }
  const org = await db.organization.findUniqueOrThrow({ where: { slug: BENCH_ORG_SLUG }, select: { id: true, currency: true, timezone: true } });
  const scope = { orgId: org.id, currency: org.currency, timezone: org.timezone };
  const runs = arg("runs") ?? 15;
  const time = async (label: string, fn: () => Promise<unknown>) => {
    await fn();
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await fn();
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    const p = (q: number) => ms[Math.min(runs - 1, Math.ceil(runs * q) - 1)].toFixed(1).padStart(8);
    console.log(`${label.padEnd(44)} p50 ${p(0.5)} ms   p95 ${p(0.95)} ms`);
  };
  console.log(`${seeded.customers.toLocaleString("en")} customers, ${seeded.orders.toLocaleString("en")} paid orders; ${runs} runs each\n`);
  const firstPaidAt = await getFirstPaidAt(scope);
  for (const range of ["30d", "90d", "12m", "all"]) {
    const q = { ...scope, ...getDateRange({ range, timezone: org.timezone, firstPaidAt }) };
    await time(`revenue series, ${range} (by ${q.bucket})`, () => getRevenueSeries(q));
    await time(`new vs returning, ${range}`, () => getCustomerMix(q));
    await time(`cohort retention, ${range}`, () => getCohortRetention(q));
    await time(`top customers, ${range}`, () => getTopCustomers(q));
  }
  await time("first paid order (all time)", () => getFirstPaidAt(scope));
  const status = await getAnalyticsStatus({ orgId: org.id });
  await time("analytics status", () => getAnalyticsStatus({ orgId: org.id }));
  await time("RFM segments", () => getRfmSegments({ orgId: org.id }));
  await time("clusters", () => getClusterSummary({ orgId: org.id, kmeans: status.lastRun?.summary.kmeans ?? null }));
  for (const raw of [{}, { sort: "alive" }, { sort: "churn" }, { segment: "Champions" }, { churn: "HIGH", sort: "expected" }, { page: "4000" }]) {
    await time(`predictions ${JSON.stringify(raw)}`, () => getCustomerPredictions({ orgId: org.id, query: parsePredictionQuery(raw) }));
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
