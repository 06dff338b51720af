// BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): maximum likelihood on
// per-customer (frequency x, recency t_x, age T), with log-parameters so BFGS searches freely, and
// the per-customer predictions: P(alive) and expected purchases in the next t periods.
import digamma from "@stdlib/math-base-special-digamma";
import gammaln from "@stdlib/math-base-special-gammaln";
import hyp2f1 from "@stdlib/math-base-special-hyp2f1";
import { invertMatrix, minimizeFromStarts, numericHessian, type Objective } from "./minimize-bfgs";

export type BgNbdParams = { r: number; alpha: number; a: number; b: number };
export type RepeatHistory = { frequency: number; recency: number; T: number };

export type BgNbdFit = {
  params: BgNbdParams;
  logLikelihood: number;
  /** Asymptotic standard errors from the observed information (delta method from log space). */
  standardErrors: BgNbdParams | null;
  converged: boolean;
  iterations: number;
  customers: number;
};

const NAMES = ["r", "alpha", "a", "b"] as const;
const toParams = (theta: number[]): BgNbdParams => ({ r: Math.exp(theta[0]), alpha: Math.exp(theta[1]), a: Math.exp(theta[2]), b: Math.exp(theta[3]) });

/** Customers grouped by identical (x, t_x, T): the likelihood only needs each distinct triple once. */
function compress(customers: readonly RepeatHistory[]) {
  const groups = new Map<string, number>();
  const x: number[] = [],
    tx: number[] = [],
    T: number[] = [],
    w: number[] = [];
  for (const c of customers) {
    if (!(Number.isInteger(c.frequency) && c.frequency >= 0 && c.recency >= 0 && c.T >= c.recency && Number.isFinite(c.T))) {
      throw new Error(`Invalid repeat history (frequency ${c.frequency}, recency ${c.recency}, T ${c.T})`);
    }
    const key = `${c.frequency}|${c.recency}|${c.T}`;
    const g = groups.get(key);
    if (g !== undefined) w[g]++;
    else {
      groups.set(key, w.length);
      x.push(c.frequency);
      tx.push(c.recency);
      T.push(c.T);
      w.push(1);
    }
  }
  const distinctX = [...new Set(x)];
  const xSlot = new Map(distinctX.map((v, i) => [v, i]));
  return { x, tx, T, w, distinctX, slotOf: x.map((v) => xSlot.get(v)!), n: customers.length };
}

type Compressed = ReturnType<typeof compress>;

/** Total log-likelihood and its gradient with respect to log(r, alpha, a, b). */
function logLikelihoodWithGradient(theta: number[], data: Compressed) {
  const { r, alpha, a, b } = toParams(theta);
  const k = data.distinctX.length;
  const A12 = new Float64Array(k),
    dA1r = new Float64Array(k),
    dA2a = new Float64Array(k),
    dA2b = new Float64Array(k);
  const lgR = gammaln(r),
    lgB = gammaln(b),
    lgAB = gammaln(a + b),
    psiR = digamma(r),
    psiB = digamma(b),
    psiAB = digamma(a + b);
  for (let i = 0; i < k; i++) {
    const x = data.distinctX[i];
    A12[i] = gammaln(r + x) - lgR + lgAB + gammaln(b + x) - lgB - gammaln(a + b + x);
    const psiABX = digamma(a + b + x);
    dA1r[i] = digamma(r + x) - psiR;
    dA2a[i] = psiAB - psiABX;
    dA2b[i] = psiAB + digamma(b + x) - psiB - psiABX;
  }
  const logAlpha = Math.log(alpha),
    logA = Math.log(a);
  let ll = 0,
    gr = 0,
    gAlpha = 0,
    ga = 0,
    gb = 0;
  for (let g = 0; g < data.w.length; g++) {
    const x = data.x[g],
      w = data.w[g],
      s = data.slotOf[g];
    const logAT = Math.log(alpha + data.T[g]);
    const A3 = -(r + x) * logAT;
    let L = A3,
      w4 = 0,
      logATx = 0,
      bx1 = 1;
    if (x > 0) {
      logATx = Math.log(alpha + data.tx[g]);
      bx1 = b + x - 1;
      const A4 = logA - Math.log(bx1) - (r + x) * logATx;
      const hi = Math.max(A3, A4);
      L = hi + Math.log(Math.exp(A3 - hi) + Math.exp(A4 - hi));
      w4 = Math.exp(A4 - L);
    }
    const w3 = 1 - w4;
    ll += w * (A12[s] + r * logAlpha + L);
    gr += w * (dA1r[s] + logAlpha - w3 * logAT - w4 * logATx);
    gAlpha += w * (r / alpha - (w3 * (r + x)) / (alpha + data.T[g]) - (x > 0 ? (w4 * (r + x)) / (alpha + data.tx[g]) : 0));
    ga += w * (dA2a[s] + w4 / a);
    gb += w * (dA2b[s] - w4 / bx1);
  }
  return { ll, gradient: [gr * r, gAlpha * alpha, ga * a, gb * b] };
}

/** BG/NBD log-likelihood of a set of customers (lifetimes' and the paper's definition). */
export function bgnbdLogLikelihood(params: BgNbdParams, customers: readonly RepeatHistory[]): number {
  return logLikelihoodWithGradient(
    NAMES.map((p) => Math.log(params[p])),
    compress(customers),
  ).ll;
}

/** Fit BG/NBD by maximum likelihood from several starting points; the best optimum wins. */
export function fitBgNbd({ customers, withStandardErrors = true }: { customers: readonly RepeatHistory[]; withStandardErrors?: boolean }): BgNbdFit {
  if (customers.length === 0) throw new Error("BG/NBD needs at least one customer");
  const data = compress(customers);
  // The mean per-customer negative log-likelihood keeps tolerances independent of the sample size.
  const objective: Objective = (theta) => {
    const { ll, gradient } = logLikelihoodWithGradient(theta, data);
    return { value: -ll / data.n, gradient: gradient.map((v) => -v / data.n) };
  };
  const meanT = customers.reduce((s, c) => s + c.T, 0) / data.n || 1;
  const meanX = customers.reduce((s, c) => s + c.frequency, 0) / data.n;
  const rate = Math.max(meanX / meanT, 1e-3);
  const starts = [
    [0, 0, 0, 0],
    [0, Math.log(1 / rate), 0, Math.log(2)],
    [Math.log(0.1), Math.log(0.1 / rate), Math.log(0.5), Math.log(5)],
  ];
  if (starts.some((s) => s.some((v) => !Number.isFinite(v)))) starts.splice(1);
  const best = minimizeFromStarts(objective, starts, { gradientTolerance: 1e-9, maxIterations: 300 });
  const params = toParams(best.x);
  let standardErrors: BgNbdParams | null = null;
  if (withStandardErrors) {
    try {
      const cov = invertMatrix(numericHessian(objective, best.x)).map((row) => row.map((v) => v / data.n));
      const se = NAMES.map((name, i) => params[name] * Math.sqrt(cov[i][i]));
      if (se.every(Number.isFinite)) standardErrors = { r: se[0], alpha: se[1], a: se[2], b: se[3] };
    } catch {
      standardErrors = null;
    }
  }
  return { params, logLikelihood: -best.value * data.n, standardErrors, converged: best.converged, iterations: best.iterations, customers: data.n };
}

/** P(alive | x, t_x, T): 1 for customers without repeat purchases (the model's convention). */
export function probabilityAlive({ r, alpha, a, b }: BgNbdParams, { frequency: x, recency, T }: RepeatHistory): number {
  if (x === 0) return 1;
  const logOdds = Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + recency));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * E[Y(t) | x, t_x, T]: expected purchases in the next t periods. FHL (2005) eq. 10 reads
 *   (a+b+x-1)/(a-1) * [1 - ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z)] * P(alive),  z = t/(α+T+t).
 * The product of the power and 2F1 overflows for large x, so it is evaluated through Euler's
 * transformation, 2F1(A,B;C;z) = (1-z)^(C-A-B) 2F1(C-A, C-B; C; z), which gives
 *   (1-z)^(r+x) 2F1(r+x, b+x; C; z) = (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z):
 * bounded, and exactly 1 at a = 1, where the (a-1) denominator has a removable singularity that
 * is bridged by interpolating from a = 1 ± 1e-4. a < 1 is fine (both factors change sign).
 */
export function expectedPurchases(params: BgNbdParams, history: RepeatHistory, t: number): number {
  if (t <= 0) return 0;
  const { a } = params;
  const alive = probabilityAlive(params, history);
  const raw = (aa: number) => bracket({ ...params, a: aa }, history, t);
  let value: number;
  const h = 1e-4;
  if (Math.abs(a - 1) < h) {
    const lo = raw(1 - h),
      hi = raw(1 + h);
    value = lo + ((hi - lo) * (a - (1 - h))) / (2 * h);
  } else {
    value = raw(a);
    // 2F1 is undefined when C = a+b+x-1 is a non-positive integer; the expectation is continuous there.
    if (!Number.isFinite(value)) value = (raw(a * (1 - 1e-7)) + raw(a * (1 + 1e-7))) / 2;
  }
  return Math.max(0, value * alive);
}

/** (a+b+x-1)/(a-1) * [1 - (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z)], for a != 1. */
function bracket({ r, alpha, a, b }: BgNbdParams, { frequency: x, T }: RepeatHistory, t: number): number {
  const c = a + b + x - 1;
  const z = t / (alpha + T + t);
  const logPower = (a - 1) * Math.log1p(-z);
  const hyper = hyp2f1(a + b - 1 - r, a - 1, c, z);
  // 1 - P·F written as (1 - P) - P·(F - 1): both parts vanish with (a - 1), without cancellation.
  return (c / (a - 1)) * (-Math.expm1(logPower) - Math.exp(logPower) * (hyper - 1));
}

/** E[X(t)]: expected repeat purchases of a new customer in its first t periods (FHL eq. 7). */
export function expectedPurchasesOfNewCustomer({ r, alpha, a, b }: BgNbdParams, t: number): number {
  if (t <= 0) return 0;
  const z = t / (alpha + t);
  const f = (aa: number) => ((aa + b - 1) / (aa - 1)) * (1 - Math.pow(alpha / (alpha + t), r) * hyp2f1(r, b, aa + b - 1, z));
  if (Math.abs(a - 1) < 1e-4) return (f(1 - 1e-4) + f(1 + 1e-4)) / 2;
  return f(a);
}
