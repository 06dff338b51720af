import { describe, expect, it } from "vitest";
import { invertMatrix, minimizeBfgs, minimizeFromStarts, numericHessian, type Objective } from "./minimize-bfgs";

const rosenbrock: Objective = ([x, y]) => ({
  value: (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  gradient: [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
});

describe("minimizeBfgs", () => {
  it("finds the Rosenbrock minimum from a classic hard start", () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 500, maxStep: 10 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });

  it("treats non-finite values as too long a step, and keeps the best of several starts", () => {
    // log-barrier: undefined for x <= 0.
    const barrier: Objective = ([x]) => ({ value: x <= 0 ? Number.NaN : x - Math.log(x), gradient: [x <= 0 ? Number.NaN : 1 - 1 / x] });
    expect(minimizeBfgs(barrier, [5]).x[0]).toBeCloseTo(1, 6);
    // Two wells; the deeper one at x = 2 wins whichever start found it.
    const wells: Objective = ([x]) => ({ value: (x * x - 4) ** 2 / 10 + 0.1 * (x - 2) ** 2, gradient: [(4 * x * (x * x - 4)) / 10 + 0.2 * (x - 2)] });
    expect(minimizeFromStarts(wells, [[-3], [3]]).x[0]).toBeCloseTo(2, 5);
    expect(() => minimizeFromStarts(barrier, [[-1]])).toThrow(/no finite/);
  });

  it("numeric Hessian and inverse of a quadratic", () => {
    const quadratic: Objective = ([x, y]) => ({ value: 2 * x * x + x * y + y * y, gradient: [4 * x + y, x + 2 * y] });
    const H = numericHessian(quadratic, [0.3, -0.2]);
    expect(H[0][0]).toBeCloseTo(4, 6);
    expect(H[0][1]).toBeCloseTo(1, 6);
    const inv = invertMatrix(H);
    expect(inv[0][0] * 4 + inv[0][1] * 1).toBeCloseTo(1, 6);
    expect(() =>
      invertMatrix([
        [1, 2],
        [2, 4],
      ]),
    ).toThrow(/Singular/);
  });
});
