// Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; lifetimes' GammaGammaFitter):
// a customer's mean repeat order value given x repeat purchases of mean m, by maximum likelihood
// on customers with x > 0, plus the conditional expected order value and lifetimes' CLV.
import digamma from "@stdlib/math-base-special-digamma";
import gammaln from "@stdlib/math-base-special-gammaln";
import { expectedPurchases, type BgNbdParams, type RepeatHistory } from "./fit-bgnbd";
import { invertMatrix, minimizeFromStarts, numericHessian, type Objective } from "./minimize-bfgs";

export type GammaGammaParams = { p: number; q: number; v: number };
export type SpendHistory = { frequency: number; monetary_value: number };

export type GammaGammaFit = {
  params: GammaGammaParams;
  logLikelihood: number;
  standardErrors: GammaGammaParams | null;
  converged: boolean;
  customers: number;
};

/** Log-likelihood (lifetimes' form) and its gradient with respect to log(p, q, v). */
function logLikelihoodWithGradient(theta: number[], data: Spenders) {
  const p = Math.exp(theta[0]),
    q = Math.exp(theta[1]),
    v = Math.exp(theta[2]);
  const lgQ = gammaln(q),
    psiQ = digamma(q),
    logV = Math.log(v);
  // The gamma-function terms depend on x only: evaluate them once per distinct frequency.
  const k = data.distinctX.length;
  const lgTerm = new Float64Array(k),
    psiPXQ = new Float64Array(k),
    psiDiff = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const px = p * data.distinctX[j];
    lgTerm[j] = gammaln(px + q) - gammaln(px);
    psiPXQ[j] = digamma(px + q);
    psiDiff[j] = psiPXQ[j] - digamma(px);
  }
  let ll = 0,
    gp = 0,
    gq = 0,
    gv = 0;
  const { x, m, logM, logX, slot } = data;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i],
      s = slot[i];
    const px = p * xi;
    const xmv = xi * m[i] + v;
    const logXMV = Math.log(xmv);
    ll += lgTerm[s] - lgQ + q * logV + (px - 1) * logM[i] + px * logX[i] - (px + q) * logXMV;
    gp += xi * (psiDiff[s] + logM[i] + logX[i] - logXMV);
    gq += psiPXQ[s] - psiQ + logV - logXMV;
    gv += q / v - (px + q) / xmv;
  }
  return { ll, gradient: [gp * p, gq * q, gv * v] };
}

type Spenders = ReturnType<typeof spenders>;

function spenders(customers: readonly SpendHistory[]) {
  const kept = customers.filter((c) => c.frequency > 0);
  for (const c of kept) {
    if (!(c.monetary_value > 0 && Number.isFinite(c.monetary_value))) {
      throw new Error(`Gamma-Gamma needs a positive monetary_value for every repeat customer (got ${c.monetary_value})`);
    }
  }
  const x = Float64Array.from(kept, (c) => c.frequency);
  const m = Float64Array.from(kept, (c) => c.monetary_value);
  const distinctX = [...new Set(x)];
  const slotOf = new Map(distinctX.map((v, i) => [v, i]));
  return { x, m, logM: m.map(Math.log), logX: x.map(Math.log), distinctX, slot: Int32Array.from(x, (v) => slotOf.get(v)!) };
}

export function gammaGammaLogLikelihood(params: GammaGammaParams, customers: readonly SpendHistory[]): number {
  return logLikelihoodWithGradient([Math.log(params.p), Math.log(params.q), Math.log(params.v)], spenders(customers)).ll;
}

/** Fit p, q, v on the customers with frequency > 0 (the others carry no spend information). */
export function fitGammaGamma({ customers, withStandardErrors = true }: { customers: readonly SpendHistory[]; withStandardErrors?: boolean }): GammaGammaFit {
  const data = spenders(customers);
  const { m } = data;
  const n = m.length;
  if (n < 2) throw new Error("Gamma-Gamma needs at least two customers with repeat purchases");
  const objective: Objective = (theta) => {
    const { ll, gradient } = logLikelihoodWithGradient(theta, data);
    return { value: -ll / n, gradient: gradient.map((g) => -g / n) };
  };
  const meanM = m.reduce((s, v) => s + v, 0) / n;
  // Starts around "spend ~ mean": E[m] = p v / (q - 1).
  const starts = [
    [0, 0, 0],
    [Math.log(2), Math.log(3), Math.log(meanM)],
    [Math.log(5), Math.log(2), Math.log(meanM / 5)],
  ];
  const best = minimizeFromStarts(objective, starts, { gradientTolerance: 1e-9, maxIterations: 300 });
  const params = { p: Math.exp(best.x[0]), q: Math.exp(best.x[1]), v: Math.exp(best.x[2]) };
  let standardErrors: GammaGammaParams | null = null;
  if (withStandardErrors) {
    try {
      const cov = invertMatrix(numericHessian(objective, best.x));
      const se = [params.p, params.q, params.v].map((value, i) => value * Math.sqrt(cov[i][i] / n));
      if (se.every(Number.isFinite)) standardErrors = { p: se[0], q: se[1], v: se[2] };
    } catch {
      standardErrors = null;
    }
  }
  return { params, logLikelihood: -best.value * n, standardErrors, converged: best.converged, customers: n };
}

/**
 * E[Z | x, m]: the expected mean order value, a weighted average of the population mean p v / (q - 1)
 * and the customer's own mean. Customers without repeat purchases get the population mean.
 * Needs q > 1 (otherwise the population mean is infinite): returns NaN then.
 */
export function expectedOrderValue({ p, q, v }: GammaGammaParams, { frequency, monetary_value }: SpendHistory): number {
  if (q <= 1) return Number.NaN;
  const populationMean = (v * p) / (q - 1);
  if (frequency <= 0) return populationMean;
  const weight = (p * frequency) / (p * frequency + q - 1);
  return (1 - weight) * populationMean + weight * monetary_value;
}

/**
 * Discounted CLV over `months`, as lifetimes' customer_lifetime_value: for each month i, the
 * BG/NBD purchases expected between months i-1 and i times the expected order value, discounted
 * by (1 + monthlyDiscountRate)^i. `periodsPerMonth` converts months to the summary's unit
 * (lifetimes: 4.345 for weeks, 30 for days).
 */
export function customerLifetimeValue({
  bgnbd,
  gammaGamma,
  customer,
  months = 12,
  monthlyDiscountRate = 0.01,
  periodsPerMonth,
}: {
  bgnbd: BgNbdParams;
  gammaGamma: GammaGammaParams;
  customer: RepeatHistory & SpendHistory;
  months?: number;
  monthlyDiscountRate?: number;
  periodsPerMonth: number;
}): number {
  const orderValue = expectedOrderValue(gammaGamma, customer);
  let clv = 0;
  let previous = 0;
  for (let i = 1; i <= months; i++) {
    const cumulative = expectedPurchases(bgnbd, customer, i * periodsPerMonth);
    clv += (orderValue * (cumulative - previous)) / Math.pow(1 + monthlyDiscountRate, i);
    previous = cumulative;
  }
  return clv;
}

/** Periods per month for a summary unit, lifetimes' factors. */
export const PERIODS_PER_MONTH = { days: 30, weeks: 4.345 } as const;
