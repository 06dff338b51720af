// Benchmark: full analytics recompute of one organization with 100,000 customers and 1,000,000
// paid orders (seeded by seed-analytics-load.ts when missing), then dashboard-style queries on
// the CustomerScore rows it wrote. Targets: recompute < 30 s and < 2 GiB RSS; query p95 < 200 ms.
// Run: npx tsx scripts/bench/analytics-recompute.ts [--fresh] [--customers N] [--orders N] [--runs N]
// (DATABASE_URL, or an embedded Postgres in .data/bench on port 54370 or BENCH_PG_PORT.)
import { prepareDatabase } from "../lib/prepare-database";
import { seedAnalyticsLoad } from "./seed-analytics-load";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

const database = await prepareDatabase({ dataDir: ".data/bench", port: Number(process.env.BENCH_PG_PORT || 54370) });
process.env.DATABASE_URL = database.url;
// Imported once DATABASE_URL is known (the Prisma client reads it on first use).
const { db } = await import("@/lib/db/client");
const { recomputeOrgAnalytics } = await import("@/lib/analytics");

try {
  const seeded = await seedAnalyticsLoad({ databaseUrl: database.url, customers: arg("customers"), orders: arg("orders"), fresh: process.argv.includes("--fresh") });
  console.log(`${seeded.reused ? "Reusing" : "Seeded"} ${seeded.customers.toLocaleString("en")} customers, ${seeded.orders.toLocaleString("en")} paid orders${seeded.reused ? "" : ` in ${seeded.seconds.toFixed(1)} s`}`);
  const baseline = process.memoryUsage().rss;

  const runs = arg("runs") ?? 2;
  for (let i = 1; i <= runs; i++) {
    const t0 = performance.now();
    const { summary } = await recomputeOrgAnalytics({ orgId: seeded.orgId });
    const seconds = (performance.now() - t0) / 1000;
    const t = summary.timingsMs;
    console.log(`\nRecompute ${i}${i === 1 ? " (first in this process)" : " (replaces the previous rows)"}: ${seconds.toFixed(2)} s`);
    console.log(`  stages (ms): load ${t.load}, summary ${t.summary}, bgnbd ${t.bgnbd}, gammaGamma ${t.gammaGamma}, rfm ${t.rfm}, kmeans ${t.kmeans}, predictions ${t.predictions}, save ${t.save}`);
    console.log(`  ${summary.counts.customers.toLocaleString("en")} customers scored (${summary.counts.repeatCustomers.toLocaleString("en")} repeat) from ${summary.counts.orders.toLocaleString("en")} orders; removed ${summary.counts.removed}`);
    if (i === 1) {
      const b = summary.bgnbd,
        g = summary.gammaGamma;
      console.log(
        `  BG/NBD ${b ? `r=${b.r.toFixed(3)} alpha=${b.alpha.toFixed(2)} a=${b.a.toFixed(3)} b=${b.b.toFixed(3)}${b.converged ? "" : " (not converged)"}` : "skipped"}; Gamma-Gamma ${g ? `p=${g.p.toFixed(2)} q=${g.q.toFixed(2)} v=${g.v.toFixed(0)}` : "skipped"}; k=${summary.kmeans?.k} (silhouette ${summary.kmeans?.silhouette.toFixed(3)})`,
      );
      if (summary.notes.length) console.log(`  notes: ${summary.notes.join(" | ")}`);
    }
  }
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(`\nPeak RSS of the process: ${mib(peak)} (baseline before the recompute ${mib(baseline)})`);

  // Dashboard-style reads through Prisma, as the analytics pages make them.
  const orgId = seeded.orgId;
  const queries: Record<string, () => Promise<unknown>> = {
    "segment counts + value": () => db.customerScore.groupBy({ by: ["rfmSegment"], where: { orgId }, _count: { _all: true }, _sum: { totalSpent: true }, _avg: { clv12m: true } }),
    "top 50 by clv12m": () =>
      db.customerScore.findMany({
        where: { orgId, clv12m: { not: null } },
        orderBy: { clv12m: "desc" },
        take: 50,
        select: { customerId: true, clv12m: true, pAlive: true, expectedPurchases90d: true, rfmSegment: true, churnRisk: true, customer: { select: { name: true, email: true } } },
      }),
    "churn band counts": () => db.customerScore.groupBy({ by: ["churnRisk"], where: { orgId }, _count: { _all: true }, _sum: { clv12m: true } }),
    "cluster sizes": () => db.customerScore.groupBy({ by: ["cluster"], where: { orgId }, _count: { _all: true }, _avg: { totalSpent: true, frequency: true } }),
    "segment page (Champions, 50 by spend)": () =>
      db.customerScore.findMany({ where: { orgId, rfmSegment: "Champions" }, orderBy: { totalSpent: "desc" }, take: 50, select: { customerId: true, totalSpent: true, customer: { select: { name: true } } } }),
  };
  console.log("\nDashboard queries (50 timed runs each after 3 warm-ups):");
  for (const [name, run] of Object.entries(queries)) {
    for (let i = 0; i < 3; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)].toFixed(1);
    console.log(`  ${name.padEnd(40)} p50 ${q(0.5)} ms  p95 ${q(0.95)} ms  max ${q(1)} ms`);
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
