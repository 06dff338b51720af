// RFM: recency, frequency and monetary scores 1-5 by quintiles, and the named segments built on them.
//
// Scores: score = 1 + floor(5 × share of customers strictly worse on that measure), i.e. the
// quintile of the lowest rank in a tie group. Equal values always get equal scores (a big tie,
// like the many one-order customers, all get the score of its bottom); with distinct values this
// is the plain quintile (20% per score). Worse means longer ago for recency, lower for F and M.
//
// Segments use R and FM = (F + M) / 2, first matching rule wins (every (R, FM) pair lands somewhere):
//   R 4-5, FM >= 4        Champions
//   R 3-5, FM >= 3        Loyal
//   R 5,   F = 1          New                   (very recent, bought rarely)
//   R 4,   F = 1          Promising             (recent, bought rarely)
//   R 4-5                 Potential Loyalists   (recent, repeat buyers, FM < 3)
//   R 3,   FM >= 2        Need Attention
//   R 3                   About to Sleep        (FM < 2)
//   R 1,   FM >= 4        Can't Lose            (were among the best, gone longest)
//   R 1-2, FM >= 2        At Risk
//   R 2                   Hibernating           (FM < 2)
//   R 1                   Lost                  (FM < 2)
import type { CustomerSummary } from "./summarize-transactions";

export const RFM_SEGMENTS = ["Champions", "Loyal", "Potential Loyalists", "New", "Promising", "Need Attention", "About to Sleep", "At Risk", "Can't Lose", "Hibernating", "Lost"] as const;
export type RfmSegment = (typeof RFM_SEGMENTS)[number];

export type RfmInput = {
  customerId: string;
  /** Time since the last purchase (any unit): lower is better. */
  recency: number;
  /** Number of purchases: higher is better. */
  frequency: number;
  /** Spend: higher is better. */
  monetary: number;
};

export type RfmScore = { customerId: string; r: number; f: number; m: number; code: string; segment: RfmSegment };

/** Quintile scores 1-5 for `values` (higher is better), equal values getting equal scores. */
export function quintileScores(values: readonly number[]): number[] {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  return values.map((v) => {
    // Count of values strictly below v: first index with sorted[i] >= v.
    let lo = 0,
      hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return 1 + Math.min(4, Math.floor((5 * lo) / n));
  });
}

export function rfmSegment(r: number, f: number, m: number): RfmSegment {
  const fm = (f + m) / 2;
  if (r >= 4 && fm >= 4) return "Champions";
  if (r >= 3 && fm >= 3) return "Loyal";
  if (r === 5 && f === 1) return "New";
  if (r === 4 && f === 1) return "Promising";
  if (r >= 4) return "Potential Loyalists";
  if (r === 3) return fm >= 2 ? "Need Attention" : "About to Sleep";
  if (r === 1 && fm >= 4) return "Can't Lose";
  if (fm >= 2) return "At Risk";
  return r === 2 ? "Hibernating" : "Lost";
}

export function scoreRfm({ customers }: { customers: readonly RfmInput[] }): RfmScore[] {
  for (const c of customers) {
    if (![c.recency, c.frequency, c.monetary].every(Number.isFinite)) throw new Error(`Non-numeric RFM input for customer ${c.customerId}`);
  }
  const r = quintileScores(customers.map((c) => -c.recency));
  const f = quintileScores(customers.map((c) => c.frequency));
  const m = quintileScores(customers.map((c) => c.monetary));
  return customers.map((c, i) => ({ customerId: c.customerId, r: r[i], f: f[i], m: m[i], code: `${r[i]}${f[i]}${m[i]}`, segment: rfmSegment(r[i], f[i], m[i]) }));
}

/** RFM inputs from a lifetimes summary: recency = T - recency, frequency = purchases, monetary = total spend. */
export function rfmInputFromSummary(row: CustomerSummary): RfmInput {
  return { customerId: row.customerId, recency: row.T - row.recency, frequency: row.frequency + 1, monetary: row.total_value };
}

/** Segment sizes and value for the grid/treemap, in RFM_SEGMENTS order (empty segments included). */
export function summarizeRfmSegments(scores: readonly RfmScore[], monetaryById?: ReadonlyMap<string, number>) {
  const totals = new Map<RfmSegment, { customers: number; monetary: number }>(RFM_SEGMENTS.map((s) => [s, { customers: 0, monetary: 0 }]));
  for (const s of scores) {
    const t = totals.get(s.segment)!;
    t.customers++;
    t.monetary += monetaryById?.get(s.customerId) ?? 0;
  }
  const n = scores.length || 1;
  return RFM_SEGMENTS.map((segment) => ({ segment, ...totals.get(segment)!, share: totals.get(segment)!.customers / n }));
}
