// Pure budget recommendation: split a total daily budget across campaigns, moving spend toward
// better ROAS (or lower CPA), never below a minimum share per campaign, with the reason stated.
//
// 1. Baseline: what each campaign gets now, as a daily amount: its daily budget when set, else its
//    average daily spend over the window. A campaign with neither starts from the average
//    baseline of the others (a new campaign gets a fair chance to show what it does).
//    Baselines are scaled to the total, so "+30%" compares like with like.
// 2. Performance p = campaign ROAS / overall ROAS (revenue-weighted: total revenue / total cost),
//    or overall CPA / campaign CPA. Spend with no revenue (or no conversion) is p = 0. A campaign
//    without spend in the window has no evidence either way: p = 1.
// 3. The baseline is multiplied by sqrt(p), kept within [1/2, 2] (one step moves spend, it does
//    not bet everything on a short window), and the result is rescaled to the total.
// 4. Minimum share: no campaign goes below minShare × total (water-filling: the ones below are
//    raised to the minimum, the rest shrink proportionally). minShare is capped at 1/n.
// 5. Whole minor units by largest remainder: the amounts sum exactly to the total.
import type { MetricTotals } from "./campaign-metrics";

export type BudgetObjective = "roas" | "cpa";

export type BudgetCampaign = {
  id: string;
  name: string;
  /** Current daily budget in minor units, if the campaign has one. */
  dailyBudget: number | null;
  /** Totals over the recent window. */
  totals: Pick<MetricTotals, "cost" | "revenue" | "conversions">;
};

export type BudgetRecommendation = {
  id: string;
  name: string;
  /** Today's daily amount scaled to the total (minor units, rounded). */
  current: number;
  /** Recommended daily amount in minor units. */
  recommended: number;
  /** recommended / current - 1, or null when current is 0. */
  change: number | null;
  /** This campaign's ROAS or CPA in the window, null without the data for it. */
  metric: number | null;
  atMinimum: boolean;
  reason: string;
};

export type BudgetPlan = {
  objective: BudgetObjective;
  total: number;
  /** The minimum per campaign in minor units (after capping the share at 1/n). */
  minimum: number;
  /** Overall ROAS, or overall CPA in minor units; null when there is no basis for it. */
  average: number | null;
  items: BudgetRecommendation[];
};

const MIN_STEP = 0.5;
const MAX_STEP = 2;

export function recommendBudget({
  campaigns,
  totalDailyBudget,
  windowDays,
  objective = "roas",
  minShare = 0.1,
  formatMoney = (minor) => (minor / 100).toFixed(2),
}: {
  campaigns: readonly BudgetCampaign[];
  /** Minor units, a non-negative integer. */
  totalDailyBudget: number;
  /** Days in the window the totals cover (for the average daily spend). */
  windowDays: number;
  objective?: BudgetObjective;
  /** 0..1 of the total each campaign keeps at least. */
  minShare?: number;
  /** How a CPA appears in the reason sentence. */
  formatMoney?: (minor: number) => string;
}): BudgetPlan {
  if (!Number.isSafeInteger(totalDailyBudget) || totalDailyBudget < 0) throw new Error("totalDailyBudget must be a non-negative integer (minor units)");
  if (!(windowDays > 0)) throw new Error("windowDays must be positive");
  if (!(minShare >= 0 && minShare <= 1)) throw new Error("minShare must be within [0, 1]");
  const n = campaigns.length;
  if (n === 0) return { objective, total: totalDailyBudget, minimum: 0, average: null, items: [] };
  const share = Math.min(minShare, 1 / n);
  const total = totalDailyBudget;

  // 1. Baselines.
  const own = campaigns.map((c) => (c.dailyBudget && c.dailyBudget > 0 ? c.dailyBudget : c.totals.cost / windowDays));
  const known = own.filter((b) => b > 0);
  const fallback = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const raw = own.map((b) => (b > 0 ? b : fallback));
  const rawSum = raw.reduce((a, b) => a + b, 0);
  const baseline = raw.map((b) => (b / rawSum) * total);

  // 2. Performance against the overall figure.
  const sum = campaigns.reduce((acc, c) => ({ cost: acc.cost + c.totals.cost, revenue: acc.revenue + c.totals.revenue, conversions: acc.conversions + c.totals.conversions }), { cost: 0, revenue: 0, conversions: 0 });
  const average = objective === "roas" ? (sum.cost > 0 ? sum.revenue / sum.cost : null) : sum.conversions > 0 ? sum.cost / sum.conversions : null;
  const metricOf = (c: BudgetCampaign) => (objective === "roas" ? (c.totals.cost > 0 ? c.totals.revenue / c.totals.cost : null) : c.totals.conversions > 0 ? c.totals.cost / c.totals.conversions : null);
  const performance = campaigns.map((c) => {
    if (c.totals.cost === 0) return 1; // no spend, no evidence
    const m = metricOf(c);
    if (average === null || average === 0) return 1; // nobody earned (or converted): nothing to move toward
    if (m === null) return 0; // spend without a single conversion
    return objective === "roas" ? m / average : average / m;
  });

  // 3. Damped step, rescaled.
  const stepped = baseline.map((b, i) => b * Math.min(MAX_STEP, Math.max(MIN_STEP, Math.sqrt(performance[i]))));
  const steppedSum = stepped.reduce((a, b) => a + b, 0);
  let amounts = stepped.map((s) => (steppedSum > 0 ? (s / steppedSum) * total : total / n));

  // 4. Minimum share by water-filling.
  const minimumExact = share * total;
  const pinned = new Array<boolean>(n).fill(false);
  for (let round = 0; round < n; round++) {
    const below = amounts.map((a, i) => !pinned[i] && a < minimumExact - 1e-9);
    if (!below.some(Boolean)) break;
    below.forEach((b, i) => (pinned[i] ||= b));
    const free = total - minimumExact * pinned.filter(Boolean).length;
    const freeSum = amounts.reduce((acc, a, i) => acc + (pinned[i] ? 0 : a), 0);
    const unpinned = pinned.filter((p) => !p).length;
    amounts = amounts.map((a, i) => (pinned[i] ? minimumExact : freeSum > 0 ? (a / freeSum) * free : free / Math.max(1, unpinned)));
  }

  // 5. Whole minor units summing to the total.
  const recommended = largestRemainder(amounts, total, performance);
  const current = largestRemainder(baseline, total);
  const minimum = Math.floor(minimumExact);

  const fmt = (m: number) => (objective === "roas" ? m.toFixed(2) : formatMoney(m));
  const label = objective === "roas" ? "ROAS" : "CPA";
  const items = campaigns.map((c, i): BudgetRecommendation => {
    const change = current[i] > 0 ? recommended[i] / current[i] - 1 : recommended[i] > 0 ? null : 0;
    const atMinimum = pinned[i];
    const m = metricOf(c);
    const pct = change === null ? "new" : `${change >= 0 ? "+" : "−"}${Math.round(Math.abs(change) * 100)}%`;
    let why: string;
    if (c.totals.cost === 0) why = `No spend in this period, so no ${label} yet: kept near its current share`;
    else if (m === null) why = `No conversions from ${formatMoney(c.totals.cost)} spend`;
    else if (objective === "roas" && m === 0) why = `No revenue from ${formatMoney(c.totals.cost)} spend`;
    else why = `${label} ${fmt(m)} vs average ${average === null ? "—" : fmt(average)}`;
    const tail = atMinimum ? ` (held at the ${Math.round(share * 100)}% minimum)` : "";
    return { id: c.id, name: c.name, current: current[i], recommended: recommended[i], change, metric: m, atMinimum, reason: `${why}: ${pct}${tail}` };
  });
  return { objective, total, minimum, average, items };
}

/**
 * Rounds non-negative amounts to integers that sum exactly to `total` (largest remainder). Equal
 * remainders go to the higher `priority` first, so a better campaign never ends a unit below an
 * equal-amount worse one.
 */
export function largestRemainder(amounts: readonly number[], total: number, priority: readonly number[] = []): number[] {
  const floors = amounts.map((a) => Math.floor(a + 1e-9));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = amounts.map((a, i) => ({ i, r: a - floors[i] })).sort((x, y) => (Math.abs(y.r - x.r) > 1e-6 ? y.r - x.r : 0) || (priority[y.i] ?? 0) - (priority[x.i] ?? 0) || x.i - y.i);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) floors[order[k].i]++;
  for (let k = order.length - 1; left < 0 && k >= 0; k--) {
    // Only from float noise: take units back from the smallest remainders that can spare one.
    const i = order[k].i;
    if (floors[i] > 0) {
      floors[i]--;
      left++;
    }
  }
  return floors;
}
