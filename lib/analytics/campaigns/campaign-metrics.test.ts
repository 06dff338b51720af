import { describe, expect, it } from "vitest";
import { campaignMetrics, conversionRate, cpa, cpc, ctr, roas, sumTotals } from "./campaign-metrics";
import { formatMoneyOrDash, formatPercent, formatRoas, formatUnitCost } from "./format-metric";

describe("campaign metric formulas", () => {
  it("computes CTR, CPC, CPA, conversion rate and ROAS from totals (money in minor units)", () => {
    const m = campaignMetrics({ impressions: 10_000, clicks: 250, conversions: 10, cost: 5_000, revenue: 21_000 });
    expect(m.ctr).toBeCloseTo(0.025, 12);
    expect(m.cpc).toBe(20); // 50.00 / 250 = 0.20
    expect(m.cpa).toBe(500); // 50.00 / 10 = 5.00
    expect(m.conversionRate).toBeCloseTo(0.04, 12);
    expect(m.roas).toBeCloseTo(4.2, 12);
  });

  it("is null (never 0, Infinity or NaN) when a denominator is 0", () => {
    expect(ctr({ clicks: 0, impressions: 0 })).toBeNull();
    expect(cpc({ cost: 1200, clicks: 0 })).toBeNull();
    expect(cpa({ cost: 1200, conversions: 0 })).toBeNull();
    expect(conversionRate({ conversions: 3, clicks: 0 })).toBeNull();
    expect(roas({ revenue: 5000, cost: 0 })).toBeNull();
    expect(campaignMetrics({ impressions: 0, clicks: 0, conversions: 0, cost: 0, revenue: 0 })).toEqual({ ctr: null, cpc: null, cpa: null, conversionRate: null, roas: null });
  });

  it("a zero numerator is a real 0 (spend with no revenue is ROAS 0, not —)", () => {
    const m = campaignMetrics({ impressions: 1000, clicks: 0, conversions: 0, cost: 900, revenue: 0 });
    expect(m).toEqual({ ctr: 0, cpc: null, cpa: null, conversionRate: null, roas: 0 });
  });

  it("ratios over a range come from summed totals, not averaged daily ratios", () => {
    const days = [
      { impressions: 100, clicks: 10, conversions: 1, cost: 1000, revenue: 10_000 },
      { impressions: 900, clicks: 0, conversions: 0, cost: 9000, revenue: 0 },
    ];
    const total = sumTotals(days);
    expect(total).toEqual({ impressions: 1000, clicks: 10, conversions: 1, cost: 10_000, revenue: 10_000 });
    expect(roas(total)).toBe(1);
  });

  it("formats a null ratio as —", () => {
    expect(formatPercent(null)).toBe("—");
    expect(formatRoas(null)).toBe("—");
    expect(formatMoneyOrDash(null, "EUR")).toBe("—");
    expect(formatPercent(0.025)).toBe("2.50%");
    expect(formatRoas(4.2)).toBe("4.20×");
    expect(formatMoneyOrDash(20, "EUR")).toBe("€0.20");
    expect(formatUnitCost(null, "EUR")).toBe("—");
    expect(formatUnitCost(0.25, "EUR")).toBe("€0.0025"); // 10 cents over 40 clicks
    expect(formatUnitCost(20, "EUR")).toBe("€0.20");
    expect(formatUnitCost(32.39, "EUR")).toBe("€0.32");
    expect(formatUnitCost(5, "EUR")).toBe("€0.05");
    expect(formatUnitCost(1234.5, "EUR")).toBe("€12.35");
  });
});
