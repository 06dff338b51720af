import { describe, expect, it } from "vitest";
import { splitAmount } from "./split-amount";

describe("splitAmount", () => {
  it("adds up to the cent whatever the weights", () => {
    for (const [amount, weights] of [
      [100, [1, 1, 1]],
      [1, [3, 3, 3]],
      [999, [2500, 2500, 1000]],
      [12345, [1, 2, 3, 4, 5, 6, 7]],
    ] as const) {
      const parts = splitAmount(amount, weights);
      expect(parts.reduce((a, p) => a + p, 0)).toBe(amount);
      expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
    }
  });

  it("splits proportionally, remainders to the earliest largest", () => {
    expect(splitAmount(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitAmount(10, [3, 1])).toEqual([8, 2]);
    expect(splitAmount(7, [0, 5])).toEqual([0, 7]);
  });

  it("gives zeros when there is nothing to weigh", () => {
    expect(splitAmount(50, [0, 0])).toEqual([0, 0]);
    expect(splitAmount(0, [1, 2])).toEqual([0, 0]);
  });

  it("refuses a fractional or negative amount", () => {
    expect(() => splitAmount(1.5, [1])).toThrow(RangeError);
    expect(() => splitAmount(-1, [1])).toThrow(RangeError);
  });
});
