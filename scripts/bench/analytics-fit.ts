// Benchmark: BG/NBD fit on CDNOW, then the whole per-customer pipeline (summary, BG/NBD,
// Gamma-Gamma, predictions, CLV, RFM, k-means) on 100,000 synthetic customers with about
// 1,000,000 purchases generated in memory. Prints numbers; targets: < 1 s and < 30 s.
// Run: npx tsx scripts/bench/analytics-fit.ts [--customers N]
import { readFileSync } from "node:fs";
import path from "node:path";
import { computeCustomerScores } from "@/lib/analytics";
import { fitBgNbd } from "@/lib/analytics";
import { parseSummaryCsv } from "@/lib/analytics";
import { simulateTransactions } from "@/lib/analytics";

const root = path.resolve(import.meta.dirname, "../..");
const cdnowPath = path.resolve(root, "../shared/data/cdnow/cdnow_customers_summary.csv");
const customersArg = process.argv.indexOf("--customers");
const customers = customersArg > 0 ? Number(process.argv[customersArg + 1]) : 100_000;

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const out = fn();
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return [out, (performance.now() - t0) / 1000];
};

const cdnow = parseSummaryCsv(readFileSync(cdnowPath, "utf8"), { require: ["frequency", "recency", "T"] });
const [, coldSeconds] = time(() => fitBgNbd({ customers: cdnow, withStandardErrors: false })); // first run: includes JIT warm-up
const runs = 5;
const [fit, fitSeconds] = time(() => {
  let last = fitBgNbd({ customers: cdnow, withStandardErrors: false });
  for (let i = 1; i < runs; i++) last = fitBgNbd({ customers: cdnow, withStandardErrors: false });
  return last;
});
const { r, alpha, a, b } = fit.params;
console.log(`CDNOW BG/NBD fit (${cdnow.length} customers): ${((fitSeconds / runs) * 1000).toFixed(1)} ms per fit (mean of ${runs} warm runs), first (cold) fit ${(coldSeconds * 1000).toFixed(1)} ms`);
console.log(`  r=${r.toFixed(4)} alpha=${alpha.toFixed(3)} a=${a.toFixed(4)} b=${b.toFixed(3)} LL=${fit.logLikelihood.toFixed(2)}`);

// Daily purchase log over two years: about 10 purchases per customer on average.
const [transactions, genSeconds] = time(() =>
  simulateTransactions({
    bgnbd: { r: 1.2, alpha: 27, a: 0.8, b: 12 },
    gammaGamma: { p: 6, q: 4, v: 15 },
    customers,
    days: 730,
    end: "2025-12-31",
    seed: 7,
  }),
);
console.log(`Generated ${customers.toLocaleString("en")} customers, ${transactions.length.toLocaleString("en")} transactions in ${genSeconds.toFixed(2)} s (not counted)`);

const [result, pipelineSeconds] = time(() => computeCustomerScores({ transactions, calibrationEnd: "2025-12-31", unit: "days", horizonDays: 90 }));
clearInterval(sampler);
const mean = (f: (c: (typeof result.customers)[number]) => number | null) => result.customers.reduce((s, c) => s + (f(c) ?? 0), 0) / result.customers.length;
console.log(`Pipeline (summary + BG/NBD + Gamma-Gamma + predictions + CLV + RFM + k-means): ${pipelineSeconds.toFixed(2)} s`);
console.log(
  `  stages (ms): ${Object.entries(result.timingsMs)
    .map(([k, v]) => `${k} ${v.toFixed(0)}`)
    .join(", ")}`,
);
console.log(`  BG/NBD ${JSON.stringify(result.bgnbd?.params)}  Gamma-Gamma ${JSON.stringify(result.gammaGamma?.params)}`);
console.log(`  k=${result.kmeans?.k} (silhouette ${result.kmeans?.silhouette.toFixed(3)}): ${result.kmeans?.clusters.map((c) => `${c.size} ${c.description}`).join(" | ")}`);
console.log(`  mean P(alive) ${mean((c) => c.pAlive).toFixed(3)}, mean expected purchases (90 d) ${mean((c) => c.expectedPurchases).toFixed(3)}, mean CLV ${mean((c) => c.clv).toFixed(2)}`);
console.log(`Peak RSS: ${(peakRss / 2 ** 20).toFixed(0)} MiB (includes the generated log)`);
