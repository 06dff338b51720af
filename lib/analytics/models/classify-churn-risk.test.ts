import { describe, expect, it } from "vitest";
import { classifyChurnRisk } from "./classify-churn-risk";

describe("classifyChurnRisk", () => {
  it("bands P(alive): high below 0.3, medium to 0.7, low from 0.7", () => {
    expect([0, 0.29, 0.3, 0.5, 0.69, 0.7, 1].map((p) => classifyChurnRisk(p))).toEqual(["high", "high", "medium", "medium", "medium", "low", "low"]);
    expect(classifyChurnRisk(0.5, { high: 0.6, low: 0.9 })).toBe("high");
    expect(() => classifyChurnRisk(Number.NaN)).toThrow(/within/);
    expect(() => classifyChurnRisk(1.2)).toThrow(/within/);
  });
});
