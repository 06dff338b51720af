import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bgnbdLogLikelihood, expectedPurchases, expectedPurchasesOfNewCustomer, fitBgNbd, probabilityAlive, type BgNbdParams, type RepeatHistory } from "./fit-bgnbd";
import { parseSummaryCsv } from "./parse-summary-csv";
import { parseTransactions } from "./parse-transactions";
import { simulateBgNbd } from "./simulate-bgnbd";
import { summarizeTransactions } from "./summarize-transactions";

import { CDNOW_DIR as CDNOW } from "@/test/shared-data";
// Fader, Hardie & Lee (2005), table 1 / lifetimes' CDNOW example.
const PUBLISHED: BgNbdParams = { r: 0.2426, alpha: 4.414, a: 0.7929, b: 2.426 };
const PUBLISHED_LL = -9582.43;

function expectPublishedFit(fit: ReturnType<typeof fitBgNbd>) {
  expect(fit.converged).toBe(true);
  for (const name of ["r", "alpha", "a", "b"] as const) {
    // 3 significant digits.
    expect(Math.abs(fit.params[name] / PUBLISHED[name] - 1)).toBeLessThan(5e-4);
  }
  expect(fit.logLikelihood).toBeCloseTo(PUBLISHED_LL, 1);
}

/**
 * E[Y(t) | x, t_x, T] by brute-force 2-D quadrature over the posterior of (λ, p), independent of
 * the closed form and of 2F1: E = ∫∫ alive-branch likelihood · (1 - e^{-λpt})/p · prior / ∫∫ likelihood · prior.
 * p = s^(1/a) absorbs p^(a-1), and λ = u^(1/(r+x)) absorbs λ^(r+x-1) when r + x < 1 (midpoint rule).
 */
function expectedByQuadrature({ r, alpha, a, b }: BgNbdParams, { frequency: x, recency: tx, T }: RepeatHistory, t: number, n = 1200) {
  const k = r + x;
  const lambdaMax = 50 / (alpha + (x > 0 ? tx : T));
  const substitute = k < 1;
  const uMax = substitute ? Math.pow(lambdaMax, k) : lambdaMax;
  // The p-grid factors do not depend on λ: tabulate them once.
  const ps = new Float64Array(n),
    alive = new Float64Array(n),
    dead = new Float64Array(n);
  let aliveSum = 0,
    deadSum = 0;
  for (let j = 0; j < n; j++) {
    const p = Math.pow((j + 0.5) / n, 1 / a);
    const prior = Math.pow(1 - p, b - 1);
    ps[j] = p;
    alive[j] = prior * Math.pow(1 - p, x);
    dead[j] = x > 0 ? prior * p * Math.pow(1 - p, x - 1) : 0;
    aliveSum += alive[j];
    deadSum += dead[j];
  }
  let num = 0,
    den = 0;
  for (let i = 0; i < n; i++) {
    const u = ((i + 0.5) / n) * uMax;
    const lambda = substitute ? Math.pow(u, 1 / k) : u;
    const weight = substitute ? 1 : Math.pow(lambda, k - 1);
    const eT = weight * Math.exp(-lambda * (alpha + T));
    const eTx = weight * Math.exp(-lambda * (alpha + tx));
    den += eT * aliveSum + eTx * deadSum;
    let inner = 0;
    for (let j = 0; j < n; j++) inner += (alive[j] * -Math.expm1(-lambda * ps[j] * t)) / ps[j];
    num += eT * inner;
  }
  return num / den;
}

describe("fitBgNbd on CDNOW", () => {
  it("reproduces the published fit from cdnow_customers_summary.csv", () => {
    const customers = parseSummaryCsv(readFileSync(path.join(CDNOW, "cdnow_customers_summary.csv"), "utf8"), { require: ["frequency", "recency", "T"] });
    const fit = fitBgNbd({ customers });
    expectPublishedFit(fit);
    expect(bgnbdLogLikelihood(PUBLISHED, customers)).toBeCloseTo(PUBLISHED_LL, 0);
  });

  it("reproduces it from the raw CDNOW_sample.txt log via summarize (1997-09-30, weeks)", () => {
    const transactions = parseTransactions(readFileSync(path.join(CDNOW, "CDNOW_sample.txt"), "utf8"));
    const fit = fitBgNbd({ customers: summarizeTransactions({ transactions, calibrationEnd: "1997-09-30", unit: "weeks" }) });
    expectPublishedFit(fit);
  });
});

describe("BG/NBD predictions", () => {
  it("matches the paper's worked example and lifetimes' documented predictions", () => {
    // FHL 2005: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks.
    expect(expectedPurchases(PUBLISHED, { frequency: 2, recency: 30.43, T: 38.86 }, 39)).toBeCloseTo(1.226, 3);
    // lifetimes' quickstart, t = 1 week.
    expect(expectedPurchases(PUBLISHED, { frequency: 18, recency: 35.14, T: 35.86 }, 1)).toBeCloseTo(0.4249, 3);
    expect(expectedPurchases(PUBLISHED, { frequency: 19, recency: 34.0, T: 34.14 }, 1)).toBeCloseTo(0.4747, 3);
    expect(expectedPurchases(PUBLISHED, { frequency: 29, recency: 37.71, T: 38.0 }, 1)).toBeCloseTo(0.6624, 3);
  });

  it("agrees with brute-force quadrature, including frequency 0 and a < 1 (CDNOW a = 0.79)", () => {
    const cases: RepeatHistory[] = [
      { frequency: 0, recency: 0, T: 38.86 },
      { frequency: 2, recency: 30.43, T: 38.86 },
      { frequency: 5, recency: 10, T: 38 },
    ];
    for (const c of cases) {
      const closed = expectedPurchases(PUBLISHED, c, 26);
      expect(Math.abs(closed / expectedByQuadrature(PUBLISHED, c, 26) - 1)).toBeLessThan(2e-3);
    }
    // a well below 1, and b < 1 so that a + b + x - 1 < 0 for x = 0 (2F1 with a negative c).
    const small: BgNbdParams = { r: 0.5, alpha: 3, a: 0.3, b: 0.5 };
    for (const c of [
      { frequency: 0, recency: 0, T: 20 },
      { frequency: 3, recency: 12, T: 20 },
    ]) {
      expect(Math.abs(expectedPurchases(small, c, 10) / expectedByQuadrature(small, c, 10, 1500) - 1)).toBeLessThan(3e-3);
    }
  });

  it("is continuous through the removable singularity at a = 1 and stable for large x", () => {
    const base = { r: 0.3, alpha: 5, b: 2.5 };
    const c = { frequency: 3, recency: 20, T: 30 };
    const at = (a: number) => expectedPurchases({ ...base, a }, c, 52);
    const values = [0.999, 0.99999, 1, 1.00001, 1.001].map(at);
    for (const v of values) expect(v).toBeGreaterThan(0);
    expect(Math.abs(values[2] - (values[0] + values[4]) / 2)).toBeLessThan(1e-5);
    // Locally linear across a = 1: the slope between 1 ± 1e-5 equals the slope between 1 ± 1e-3.
    const slope = (values[4] - values[0]) / 0.002;
    expect(Math.abs((values[3] - values[1]) / 0.00002 - slope)).toBeLessThan(1e-2 * Math.abs(slope));
    // x = 400: the textbook form overflows (2F1 ~ 1e300); the transformed one stays finite.
    const heavy = expectedPurchases(PUBLISHED, { frequency: 400, recency: 38, T: 38.5 }, 10);
    expect(Number.isFinite(heavy)).toBe(true);
    expect(heavy).toBeGreaterThan(50);
    expect(expectedPurchases(PUBLISHED, { frequency: 3, recency: 5, T: 30 }, 0)).toBe(0);
  });

  it("P(alive) is 1 without repeat purchases and falls as the silence since the last one grows", () => {
    expect(probabilityAlive(PUBLISHED, { frequency: 0, recency: 0, T: 30 })).toBe(1);
    const recent = probabilityAlive(PUBLISHED, { frequency: 4, recency: 29, T: 30 });
    const lapsed = probabilityAlive(PUBLISHED, { frequency: 4, recency: 5, T: 30 });
    expect(recent).toBeGreaterThan(0.8);
    expect(lapsed).toBeLessThan(0.3);
    expect(probabilityAlive(PUBLISHED, { frequency: 500, recency: 1, T: 39 })).toBe(0);
  });

  it("E[X(t)] of a new customer grows with t and matches the mean of the simulated population", () => {
    const params = { r: 0.8, alpha: 6, a: 0.9, b: 3 };
    const sim = simulateBgNbd({ params, customers: 20_000, T: () => 30, seed: 5 });
    const mean = sim.reduce((s, c) => s + c.frequency, 0) / sim.length;
    const predicted = expectedPurchasesOfNewCustomer(params, 30);
    // Standard error of the simulated mean is about 0.02 here.
    expect(Math.abs(mean - predicted)).toBeLessThan(0.08);
    expect(expectedPurchasesOfNewCustomer(params, 10)).toBeLessThan(predicted);
  });
});

describe("fitBgNbd parameter recovery", () => {
  it("recovers known parameters from 5,000 simulated customers within 4 standard errors", () => {
    // Tolerance: the asymptotic standard errors from the observed information of the same fit.
    // Over 30 seeds of this design the z-scores (estimate - truth) / SE had mean -0.3..-0.1 and
    // SD about 1, so 4 SE holds for any seed with overwhelming probability; the SEs themselves
    // are checked to be small (under 15% of the value) so the check is not vacuous.
    const truth: BgNbdParams = { r: 0.25, alpha: 4.4, a: 0.8, b: 2.4 };
    const customers = simulateBgNbd({ params: truth, customers: 5000, T: (i) => 26 + (i % 27), seed: 12 });
    const fit = fitBgNbd({ customers });
    expect(fit.converged).toBe(true);
    for (const name of ["r", "alpha", "a", "b"] as const) {
      const se = fit.standardErrors![name];
      expect(se / truth[name]).toBeLessThan(0.2);
      expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(4 * se);
    }
    // The fitted optimum is at least as likely as the truth (it is the MLE).
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgnbdLogLikelihood(truth, customers) - 1e-6);
  });

  it("recovers a > 1 parameters too, and refuses bad input", () => {
    const truth: BgNbdParams = { r: 2, alpha: 10, a: 2, b: 6 };
    const fit = fitBgNbd({ customers: simulateBgNbd({ params: truth, customers: 5000, T: (i) => 26 + (i % 27), seed: 13 }) });
    for (const name of ["r", "alpha", "a", "b"] as const) expect(Math.abs(fit.params[name] - truth[name])).toBeLessThan(4 * fit.standardErrors![name]);
    expect(() => fitBgNbd({ customers: [] })).toThrow(/at least one/);
    expect(() => fitBgNbd({ customers: [{ frequency: 1, recency: 5, T: 3 }] })).toThrow(/Invalid repeat history/);
  });
});
