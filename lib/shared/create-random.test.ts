import { describe, expect, it } from "vitest";
import { createRandom } from "./create-random";

const moments = (xs: number[]) => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return { mean, variance: xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length };
};

describe("createRandom", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const a = createRandom(9),
      b = createRandom(9),
      c = createRandom(10);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
  });

  it("samples gamma (shapes above and below 1), beta and poisson with the right moments", () => {
    const random = createRandom(1);
    const n = 40_000;
    // Tolerances are about 5 standard errors of the sample mean / variance.
    for (const [shape, scale] of [
      [2.5, 3],
      [0.3, 2],
    ]) {
      const { mean, variance } = moments(Array.from({ length: n }, () => random.gamma(shape, scale)));
      expect(Math.abs(mean - shape * scale)).toBeLessThan(5 * Math.sqrt((shape * scale * scale) / n));
      expect(Math.abs(variance / (shape * scale * scale) - 1)).toBeLessThan(0.08);
    }
    const beta = moments(Array.from({ length: n }, () => random.beta(0.8, 2.4)));
    expect(beta.mean).toBeCloseTo(0.8 / 3.2, 2);
    const poisson = moments(Array.from({ length: n }, () => random.poisson(4)));
    expect(poisson.mean).toBeCloseTo(4, 1);
    expect(poisson.variance).toBeCloseTo(4, 0);
  });
});
