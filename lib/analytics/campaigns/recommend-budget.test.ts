import { describe, expect, it } from "vitest";
import { createRandom } from "@/lib/shared/create-random";
import { largestRemainder, recommendBudget, type BudgetCampaign } from "./recommend-budget";

const campaign = (id: string, cost: number, revenue: number, conversions = 0, dailyBudget: number | null = null): BudgetCampaign => ({ id, name: id, dailyBudget, totals: { cost, revenue, conversions } });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("recommendBudget", () => {
  it("sums exactly to the total, moves spend to the better ROAS and says why", () => {
    const plan = recommendBudget({
      campaigns: [campaign("good", 30_000, 126_000), campaign("avg", 30_000, 63_000), campaign("poor", 30_000, 0)],
      totalDailyBudget: 100_00,
      windowDays: 30,
    });
    const [good, avg, poor] = plan.items;
    expect(sum(plan.items.map((i) => i.recommended))).toBe(100_00);
    expect(good.recommended).toBeGreaterThan(good.current);
    expect(poor.recommended).toBeLessThan(poor.current);
    expect(good.recommended).toBeGreaterThan(avg.recommended);
    expect(avg.recommended).toBeGreaterThan(poor.recommended);
    expect(plan.average).toBeCloseTo(2.1, 10);
    expect(good.reason).toMatch(/^ROAS 4\.20 vs average 2\.10: \+\d+%$/);
    expect(poor.reason).toMatch(/^No revenue from .+ spend: −\d+%/);
  });

  it("never goes below the minimum share, and still sums to the total", () => {
    const plan = recommendBudget({
      campaigns: [campaign("star", 1000, 50_000), campaign("dud1", 1000, 0), campaign("dud2", 1000, 10), campaign("dud3", 1000, 0)],
      totalDailyBudget: 99_99,
      windowDays: 7,
      minShare: 0.15,
    });
    expect(plan.minimum).toBe(Math.floor(0.15 * 99_99));
    for (const i of plan.items) expect(i.recommended).toBeGreaterThanOrEqual(plan.minimum);
    expect(sum(plan.items.map((i) => i.recommended))).toBe(99_99);
    expect(plan.items.filter((i) => i.atMinimum).length).toBeGreaterThan(0);
    expect(plan.items.find((i) => i.atMinimum)!.reason).toMatch(/held at the 15% minimum/);
  });

  it("caps an impossible minimum share at 1/n (an equal split at most)", () => {
    const plan = recommendBudget({ campaigns: [campaign("a", 100, 1000), campaign("b", 100, 0), campaign("c", 100, 300)], totalDailyBudget: 300, windowDays: 1, minShare: 0.5 });
    expect(plan.items.map((i) => i.recommended)).toEqual([100, 100, 100]);
  });

  it("better ROAS gets more, for any pair of otherwise equal campaigns", () => {
    const random = createRandom(7);
    for (let trial = 0; trial < 500; trial++) {
      const a = 1 + random.int(50_000);
      const b = 1 + random.int(50_000);
      const plan = recommendBudget({ campaigns: [campaign("a", 10_000, a), campaign("b", 10_000, b), campaign("c", 10_000, 20_000)], totalDailyBudget: 1 + random.int(1_000_000), windowDays: 30, minShare: random.next() * 0.3 });
      const [ra, rb] = plan.items.map((i) => i.recommended);
      if (a > b) expect(ra).toBeGreaterThanOrEqual(rb);
      if (a < b) expect(ra).toBeLessThanOrEqual(rb);
      expect(sum(plan.items.map((i) => i.recommended))).toBe(plan.total);
      for (const i of plan.items) expect(i.recommended).toBeGreaterThanOrEqual(plan.minimum);
    }
  });

  it("for CPA, the lower CPA gets more; no conversions from spend gets less", () => {
    const plan = recommendBudget({
      campaigns: [campaign("cheap", 10_000, 0, 20), campaign("dear", 10_000, 0, 5), campaign("none", 10_000, 0, 0)],
      totalDailyBudget: 300_00,
      windowDays: 10,
      objective: "cpa",
      formatMoney: (m) => `€${(m / 100).toFixed(2)}`,
    });
    const [cheap, dear, none] = plan.items;
    expect(cheap.recommended).toBeGreaterThan(dear.recommended);
    expect(dear.recommended).toBeGreaterThan(none.recommended);
    expect(plan.average).toBe(30_000 / 25);
    expect(cheap.reason).toMatch(/^CPA €5\.00 vs average €12\.00: \+\d+%$/);
    expect(none.reason).toMatch(/^No conversions from €100\.00 spend: −\d+%/);
  });

  it("starts from current daily budgets and keeps a campaign without spend near its share", () => {
    const plan = recommendBudget({
      campaigns: [campaign("a", 7000, 14_000, 0, 2000), campaign("b", 7000, 14_000, 0, 6000), campaign("new", 0, 0, 0, 2000)],
      totalDailyBudget: 10_000,
      windowDays: 7,
    });
    expect(plan.items.map((i) => i.current)).toEqual([2000, 6000, 2000]);
    // Equal ROAS and no evidence for "new": nothing moves.
    expect(plan.items.map((i) => i.recommended)).toEqual([2000, 6000, 2000]);
    expect(plan.items[2].reason).toMatch(/No spend in this period, so no ROAS yet/);
    expect(plan.items[0].reason).toBe("ROAS 2.00 vs average 2.00: +0%");
  });

  it("handles no campaigns, a zero total and nobody earning", () => {
    expect(recommendBudget({ campaigns: [], totalDailyBudget: 1000, windowDays: 1 }).items).toEqual([]);
    const zero = recommendBudget({ campaigns: [campaign("a", 100, 100), campaign("b", 100, 0)], totalDailyBudget: 0, windowDays: 1 });
    expect(zero.items.map((i) => i.recommended)).toEqual([0, 0]);
    const flat = recommendBudget({ campaigns: [campaign("a", 100, 0), campaign("b", 300, 0)], totalDailyBudget: 400, windowDays: 1 });
    expect(flat.items.map((i) => i.recommended)).toEqual([100, 300]);
    expect(() => recommendBudget({ campaigns: [], totalDailyBudget: 1.5, windowDays: 1 })).toThrow();
  });

  it("largestRemainder keeps the sum exact", () => {
    expect(largestRemainder([1 / 3, 1 / 3, 1 / 3], 1)).toEqual([1, 0, 0]);
    expect(largestRemainder([33.4, 33.3, 33.3], 100)).toEqual([34, 33, 33]);
    expect(sum(largestRemainder([0.1 + 0.2, 0.7], 1))).toBe(1);
  });
});
