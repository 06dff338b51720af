import type { CampaignTotalsRow } from "./list-campaign-totals";
import { parseMoney } from "../../shared/parse-money";
import { recommendBudget, type BudgetObjective, type BudgetPlan } from "./recommend-budget";

// Which campaigns take part in a budget recommendation and from what total, for the campaigns
// page: campaigns in the org's currency that have not ended (as of `today`). Without a total
// from the user, the total is what they cost now: their daily budgets, or their average daily
// spend where no budget is set.
export type BudgetSetup = { objective: BudgetObjective; minShare: number; total: number | null };

export function planCampaignBudget({ rows, currency, today, windowDays, setup, formatMoney }: { rows: readonly CampaignTotalsRow[]; currency: string; today: Date; windowDays: number; setup: BudgetSetup; formatMoney: (minor: number) => string }): {
  plan: BudgetPlan;
  defaultTotal: number;
  excluded: { ended: number; otherCurrency: number };
} {
  const live = rows.filter((r) => !r.endsOn || r.endsOn >= today);
  const eligible = live.filter((r) => r.currency === currency);
  const defaultTotal = Math.round(eligible.reduce((sum, r) => sum + (r.dailyBudget ?? r.totals.cost / windowDays), 0));
  const plan = recommendBudget({
    campaigns: eligible.map((r) => ({ id: r.id, name: r.name, dailyBudget: r.dailyBudget, totals: r.totals })),
    totalDailyBudget: setup.total ?? defaultTotal,
    windowDays,
    objective: setup.objective,
    minShare: setup.minShare,
    formatMoney,
  });
  return { plan, defaultTotal, excluded: { ended: rows.length - live.length, otherCurrency: live.length - eligible.length } };
}

/** The budget form's query values (?budget=150.00&objective=cpa&minShare=10), read leniently with a note for what was dropped. */
export function parseBudgetSetup(query: { budget?: string; objective?: string; minShare?: string }, currency: string): { setup: BudgetSetup; errors: string[] } {
  const errors: string[] = [];
  let total: number | null = null;
  if (query.budget?.trim()) {
    const money = parseMoney(query.budget, currency);
    if (money.ok) total = money.minor;
    else errors.push(`Total daily budget: ${money.error}.`);
  }
  const objective: BudgetObjective = query.objective === "cpa" ? "cpa" : "roas";
  let minShare = 0.1;
  if (query.minShare?.trim()) {
    const n = /^\d{1,2}(\.\d+)?$/.test(query.minShare.trim()) ? Number(query.minShare) : NaN;
    if (n >= 0 && n <= 50) minShare = n / 100;
    else errors.push("Minimum share: a percentage from 0 to 50.");
  }
  return { setup: { objective, minShare, total }, errors };
}
