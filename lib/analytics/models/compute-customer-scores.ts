// The whole per-customer analytics of one purchase log, pure: summary (lifetimes' definitions),
// BG/NBD and Gamma-Gamma fits, P(alive), expected purchases, expected order value, CLV, churn
// band, RFM and k-means. Models that the data cannot support are skipped with a stated reason,
// and their columns are null. The recompute job stores what this returns.
import { classifyChurnRisk, type ChurnRisk } from "./classify-churn-risk";
import { BOT_ENGAGEMENT_FEATURE, clusterKmeans, DEFAULT_FEATURES, type KmeansResult } from "./cluster-kmeans";
import { expectedPurchases, fitBgNbd, probabilityAlive, type BgNbdFit } from "./fit-bgnbd";
import { customerLifetimeValue, expectedOrderValue, fitGammaGamma, PERIODS_PER_MONTH, type GammaGammaFit } from "./fit-gamma-gamma";
import { rfmInputFromSummary, scoreRfm, type RfmSegment } from "./score-rfm";
import { summarizeTransactions, type CustomerSummary, type TimeUnit, type Transaction } from "./summarize-transactions";

/** Data-sufficiency rules, shown to users when a model is skipped. */
export const MINIMUMS = { bgnbdCustomers: 30, bgnbdRepeatCustomers: 10, gammaGammaRepeatCustomers: 20, kmeansCustomers: 20 } as const;

export type CustomerScores = CustomerSummary & {
  /** Messages the customer sent the bot in the last 90 days (0 without a bot). */
  botMessages: number;
  r: number;
  f: number;
  m: number;
  rfmSegment: RfmSegment;
  cluster: number | null;
  pAlive: number | null;
  expectedPurchases: number | null;
  expectedOrderValue: number | null;
  clv: number | null;
  churnRisk: ChurnRisk | null;
};

export type ScoresResult = {
  customers: CustomerScores[];
  bgnbd: BgNbdFit | null;
  gammaGamma: GammaGammaFit | null;
  kmeans: Omit<KmeansResult, "assignments"> | null;
  /** Why a model was skipped, in words for the UI. */
  notes: string[];
  /** Milliseconds per stage, for progress reports and benchmarks. */
  timingsMs: Record<"summary" | "bgnbd" | "gammaGamma" | "rfm" | "kmeans" | "predictions", number>;
};

export function computeCustomerScores({
  transactions,
  calibrationEnd,
  unit = "days",
  horizonDays = 90,
  clvMonths = 12,
  monthlyDiscountRate = 0.01,
  seed = 42,
  botMessages = new Map(),
}: {
  transactions: readonly Transaction[];
  /** Bot engagement per customer id: a k-means feature once anyone has talked to the bot. */
  botMessages?: ReadonlyMap<string, number>;
  calibrationEnd: Date | string;
  unit?: TimeUnit;
  /** Expected purchases are for the next horizonDays days. */
  horizonDays?: number;
  clvMonths?: number;
  monthlyDiscountRate?: number;
  seed?: number;
}): ScoresResult {
  const timingsMs: ScoresResult["timingsMs"] = { summary: 0, bgnbd: 0, gammaGamma: 0, rfm: 0, kmeans: 0, predictions: 0 };
  let clock = performance.now();
  const lap = (stage: keyof ScoresResult["timingsMs"]) => {
    const now = performance.now();
    timingsMs[stage] = now - clock;
    clock = now;
  };
  const summary = summarizeTransactions({ transactions, calibrationEnd, unit });
  lap("summary");
  const notes: string[] = [];
  const repeat = summary.filter((c) => c.frequency > 0).length;

  let bgnbd: BgNbdFit | null = null;
  if (summary.length < MINIMUMS.bgnbdCustomers || repeat < MINIMUMS.bgnbdRepeatCustomers) {
    notes.push(`Purchase predictions need at least ${MINIMUMS.bgnbdCustomers} customers and ${MINIMUMS.bgnbdRepeatCustomers} repeat customers (have ${summary.length} and ${repeat}).`);
  } else {
    const fit = fitBgNbd({ customers: summary, withStandardErrors: false });
    if (isUsableBgNbd(fit)) bgnbd = fit;
    else notes.push("The purchase history shows no sign yet of customers dropping out, so the purchase model cannot be fitted: P(alive), expected purchases and CLV are not shown until more history builds up.");
  }
  lap("bgnbd");

  let gammaGamma: GammaGammaFit | null = null;
  const spenders = summary.filter((c) => c.frequency > 0 && c.monetary_value > 0);
  if (spenders.length < MINIMUMS.gammaGammaRepeatCustomers) {
    notes.push(`Order value and CLV need at least ${MINIMUMS.gammaGammaRepeatCustomers} repeat customers with spend (have ${spenders.length}).`);
  } else {
    const fit = fitGammaGamma({ customers: spenders, withStandardErrors: false });
    if (fit.params.q <= 1) notes.push("Order values vary too much between customers for a finite average (Gamma-Gamma q <= 1): order value and CLV are not shown.");
    else gammaGamma = fit;
  }
  lap("gammaGamma");

  const rfm = scoreRfm({ customers: summary.map(rfmInputFromSummary) });
  lap("rfm");

  let kmeans: KmeansResult | null = null;
  if (summary.length < MINIMUMS.kmeansCustomers) {
    notes.push(`Clusters need at least ${MINIMUMS.kmeansCustomers} customers (have ${summary.length}).`);
  } else {
    // Bot engagement joins the features only when someone engaged: a constant column says nothing.
    const engaged = summary.some((c) => (botMessages.get(c.customerId) ?? 0) > 0);
    kmeans = clusterKmeans({
      rows: summary.map((c) => {
        const row = [c.T - c.recency, c.frequency + 1, c.total_value, c.T];
        return engaged ? [...row, botMessages.get(c.customerId) ?? 0] : row;
      }),
      features: engaged ? [...DEFAULT_FEATURES, BOT_ENGAGEMENT_FEATURE] : DEFAULT_FEATURES,
      seed,
    });
  }
  lap("kmeans");

  const horizon = unit === "weeks" ? horizonDays / 7 : horizonDays;
  // Customers with identical histories share predictions: compute each distinct one once.
  const cache = new Map<string, { pAlive: number; expected: number; clv: number | null }>();
  const customers = summary.map((c, i): CustomerScores => {
    let pAlive: number | null = null,
      expected: number | null = null,
      clv: number | null = null,
      orderValue: number | null = null;
    if (bgnbd) {
      const key = `${c.frequency}|${c.recency}|${c.T}|${c.monetary_value}`;
      let hit = cache.get(key);
      if (!hit) {
        hit = {
          pAlive: probabilityAlive(bgnbd.params, c),
          expected: expectedPurchases(bgnbd.params, c, horizon),
          clv: gammaGamma ? customerLifetimeValue({ bgnbd: bgnbd.params, gammaGamma: gammaGamma.params, customer: c, months: clvMonths, monthlyDiscountRate, periodsPerMonth: PERIODS_PER_MONTH[unit] }) : null,
        };
        cache.set(key, hit);
      }
      ({ pAlive, expected, clv } = { pAlive: hit.pAlive, expected: hit.expected, clv: hit.clv });
    }
    if (gammaGamma) orderValue = expectedOrderValue(gammaGamma.params, c);
    return {
      ...c,
      botMessages: botMessages.get(c.customerId) ?? 0,
      r: rfm[i].r,
      f: rfm[i].f,
      m: rfm[i].m,
      rfmSegment: rfm[i].segment,
      cluster: kmeans ? kmeans.assignments[i] : null,
      pAlive,
      expectedPurchases: expected,
      expectedOrderValue: orderValue,
      clv,
      churnRisk: pAlive === null || !Number.isFinite(pAlive) ? null : classifyChurnRisk(pAlive),
    };
  });
  lap("predictions");
  let kmeansSummary: ScoresResult["kmeans"] = null;
  if (kmeans) {
    const { assignments: _assignments, ...rest } = kmeans;
    kmeansSummary = rest;
  }
  return { customers, bgnbd, gammaGamma, kmeans: kmeansSummary, notes, timingsMs };
}

/**
 * A fit whose dropout parameters ran to a boundary (a or b near 0 or unbounded) or came out
 * non-finite describes "nobody ever leaves" and yields NaN or meaningless predictions.
 */
function isUsableBgNbd({ params }: BgNbdFit): boolean {
  const values = [params.r, params.alpha, params.a, params.b];
  return values.every((v) => Number.isFinite(v) && v > 1e-6 && v < 1e6);
}
