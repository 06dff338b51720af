// A small seeded PRNG (sfc32) with the samplers the analytics code needs. Deterministic across
// runs and platforms, so k-means restarts, silhouette samples and simulations are reproducible.

export type Random = {
  /** Uniform on [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  normal(): number;
  exponential(rate: number): number;
  /** Gamma with shape k and scale theta (mean k * theta). */
  gamma(shape: number, scale: number): number;
  beta(a: number, b: number): number;
  poisson(mean: number): number;
};

/** A seeded generator: the same seed gives the same sequence. */
export function createRandom(seed = 1): Random {
  // splitmix32 spreads the seed over the four words of sfc32's state.
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(),
    b = split(),
    c = split(),
    d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();

  let spare: number | null = null;
  const normal = () => {
    if (spare !== null) {
      const v = spare;
      spare = null;
      return v;
    }
    let u = 0,
      v = 0,
      q = 0;
    do {
      u = 2 * next() - 1;
      v = 2 * next() - 1;
      q = u * u + v * v;
    } while (q >= 1 || q === 0);
    const f = Math.sqrt((-2 * Math.log(q)) / q);
    spare = v * f;
    return u * f;
  };

  // Marsaglia & Tsang (2000); shapes below 1 use the boost gamma(k) = gamma(k + 1) * U^(1/k).
  const gamma = (shape: number, scale: number): number => {
    if (shape < 1) return gamma(shape + 1, scale) * Math.pow(1 - next(), 1 / shape);
    const d3 = shape - 1 / 3;
    const c3 = 1 / Math.sqrt(9 * d3);
    for (;;) {
      let x = 0,
        v = 0;
      do {
        x = normal();
        v = 1 + c3 * x;
      } while (v <= 0);
      v = v * v * v;
      const u = 1 - next();
      if (u < 1 - 0.0331 * x * x * x * x) return d3 * v * scale;
      if (Math.log(u) < 0.5 * x * x + d3 * (1 - v + Math.log(v))) return d3 * v * scale;
    }
  };

  return {
    next,
    int: (n) => Math.floor(next() * n),
    normal,
    exponential: (rate) => -Math.log(1 - next()) / rate,
    gamma,
    beta: (a1, b1) => {
      const x = gamma(a1, 1);
      const y = gamma(b1, 1);
      return x / (x + y);
    },
    poisson: (mean) => {
      if (mean < 30) {
        // Knuth: multiply uniforms until below e^-mean.
        const limit = Math.exp(-mean);
        let k = 0,
          p = next();
        while (p > limit) {
          k++;
          p *= next();
        }
        return k;
      }
      // Large means: sum of exponential gaps is exact but slow; a rounded normal is plenty here.
      return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
    },
  };
}
