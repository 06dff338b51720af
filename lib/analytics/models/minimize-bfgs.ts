// Quasi-Newton minimisation (BFGS with a backtracking Armijo line search) for the small, smooth,
// unconstrained problems the spend and purchase models pose once their parameters are logged.

export type Objective = (x: number[]) => { value: number; gradient: number[] };

export type MinimizeResult = {
  x: number[];
  value: number;
  gradientNorm: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
};

const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);
const infNorm = (a: number[]) => a.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

/** Minimise `objective` from `start`; non-finite values are treated as "step too long". */
export function minimizeBfgs(
  objective: Objective,
  start: number[],
  {
    maxIterations = 200,
    gradientTolerance = 1e-6,
    valueTolerance = 1e-12,
    maxStep = 2,
  }: {
    maxIterations?: number;
    gradientTolerance?: number;
    valueTolerance?: number;
    /** The longest move per iteration in any coordinate (log-parameters: a factor of e^2). */
    maxStep?: number;
  } = {},
): MinimizeResult {
  const n = start.length;
  let x = start.slice();
  let { value: f, gradient: g } = objective(x);
  let evaluations = 1;
  if (!Number.isFinite(f) || g.some((v) => !Number.isFinite(v))) {
    return { x, value: f, gradientNorm: Infinity, iterations: 0, evaluations, converged: false };
  }
  // Inverse Hessian approximation, rescaled after the first step.
  let H: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let iterations = 0;
  let converged = false;
  for (; iterations < maxIterations; iterations++) {
    if (infNorm(g) < gradientTolerance) {
      converged = true;
      break;
    }
    let d = H.map((row) => -dot(row, g));
    let slope = dot(d, g);
    if (!(slope < 0)) {
      // Not a descent direction: fall back to steepest descent and reset the curvature memory.
      H = H.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
      d = g.map((v) => -v);
      slope = dot(d, g);
    }
    const longest = infNorm(d);
    let step = longest > maxStep ? maxStep / longest : 1;
    let next: { value: number; gradient: number[] } | null = null;
    let xNext = x;
    for (let k = 0; k < 60; k++) {
      xNext = x.map((v, i) => v + step * d[i]);
      const trial = objective(xNext);
      evaluations++;
      if (Number.isFinite(trial.value) && trial.gradient.every(Number.isFinite) && trial.value <= f + 1e-4 * step * slope) {
        next = trial;
        break;
      }
      step *= 0.5;
    }
    if (!next) break; // no decrease possible along d: we are at the optimum to machine precision
    const s = xNext.map((v, i) => v - x[i]);
    const y = next.gradient.map((v, i) => v - g[i]);
    const sy = dot(s, y);
    const fPrevious = f;
    x = xNext;
    f = next.value;
    g = next.gradient;
    if (sy > 1e-12) {
      if (iterations === 0) {
        const scale = sy / dot(y, y);
        H = H.map((row) => row.map((v) => v * scale));
      }
      const Hy = H.map((row) => dot(row, y));
      const yHy = dot(y, Hy);
      const rho = 1 / sy;
      H = H.map((row, i) => row.map((v, j) => v - rho * (Hy[i] * s[j] + s[i] * Hy[j]) + (rho * rho * yHy + rho) * s[i] * s[j]));
    }
    if (Math.abs(fPrevious - f) <= valueTolerance * Math.max(1, Math.abs(f)) && infNorm(g) < 1e3 * gradientTolerance) {
      converged = true;
      iterations++;
      break;
    }
  }
  return { x, value: f, gradientNorm: infNorm(g), iterations, evaluations, converged };
}

/** Best of several starts: the lowest finite minimum wins. */
export function minimizeFromStarts(objective: Objective, starts: number[][], options?: Parameters<typeof minimizeBfgs>[2]): MinimizeResult {
  let best: MinimizeResult | null = null;
  for (const start of starts) {
    const result = minimizeBfgs(objective, start, options);
    if (Number.isFinite(result.value) && (!best || result.value < best.value)) best = result;
  }
  if (!best) throw new Error("The optimizer found no finite likelihood from any start");
  return best;
}

/** Symmetric numeric Hessian from an analytic gradient (central differences). */
export function numericHessian(objective: Objective, x: number[], h = 1e-5): number[][] {
  const n = x.length;
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const step = h * Math.max(1, Math.abs(x[j]));
    const up = objective(x.map((v, i) => (i === j ? v + step : v))).gradient;
    const down = objective(x.map((v, i) => (i === j ? v - step : v))).gradient;
    for (let i = 0; i < n; i++) H[i][j] = (up[i] - down[i]) / (2 * step);
  }
  return H.map((row, i) => row.map((v, j) => (v + H[j][i]) / 2));
}

/** Inverse of a small symmetric positive-definite matrix (Gauss-Jordan with partial pivoting). */
export function invertMatrix(A: number[][]): number[][] {
  const n = A.length;
  const M = A.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    if (Math.abs(M[p][c]) < 1e-300) throw new Error("Singular matrix");
    [M[c], M[p]] = [M[p], M[c]];
    const pivot = M[c][c];
    for (let j = 0; j < 2 * n; j++) M[c][j] /= pivot;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const factor = M[r][c];
      if (factor !== 0) for (let j = 0; j < 2 * n; j++) M[r][j] -= factor * M[c][j];
    }
  }
  return M.map((row) => row.slice(n));
}
