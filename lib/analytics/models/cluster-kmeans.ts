// k-means segments: features are log-scaled (sign(v)·log(1+|v|)) and standardised, centres start
// by k-means++ from a seeded PRNG and the best of several restarts (lowest inertia) is kept; k is
// chosen in a range (2-8) by the mean silhouette, each cluster is then described in words by its
// centroid. Large inputs are clustered on a seeded sample (restarts and k selection), then refined
// with Lloyd iterations on all points; the silhouette is computed on a seeded sample, like
// scikit-learn's silhouette_score(sample_size=...). Same input and seed: same result.
import { createRandom, type Random } from "../../shared/create-random";

export type FeatureDescriptor = { name: string; low: string; high: string };

export const DEFAULT_FEATURES: FeatureDescriptor[] = [
  { name: "recency", low: "recent", high: "lapsed" },
  { name: "frequency", low: "infrequent", high: "frequent" },
  { name: "monetary", low: "low spend", high: "high spend" },
  { name: "tenure", low: "new", high: "long-standing" },
];

/** Messages to the bot in the last 90 days: added when the organization's customers use its bot. */
export const BOT_ENGAGEMENT_FEATURE: FeatureDescriptor = { name: "bot engagement", low: "quiet in the bot", high: "chatty in the bot" };

export type KmeansCluster = {
  id: number;
  size: number;
  /** Centroid in standard deviations from the mean (of the log-scaled features). */
  centroid: number[];
  /** The centroid back on the original scale (a typical member). */
  typical: number[];
  description: string;
};

export type KmeansResult = {
  k: number;
  silhouette: number;
  silhouetteByK: { k: number; silhouette: number; inertia: number }[];
  assignments: number[];
  clusters: KmeansCluster[];
  features: string[];
};

const logScale = (v: number) => Math.sign(v) * Math.log1p(Math.abs(v));
const unLogScale = (v: number) => Math.sign(v) * Math.expm1(Math.abs(v));

/** Log-scale then z-score each column; constant columns become 0. Row-major Float64Array out. */
export function standardizeFeatures(rows: readonly (readonly number[])[], d: number) {
  const n = rows.length;
  const X = new Float64Array(n * d);
  const mean = new Array<number>(d).fill(0),
    sd = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) {
    if (rows[i].length !== d) throw new Error(`Row ${i + 1} has ${rows[i].length} features, expected ${d}`);
    for (let j = 0; j < d; j++) {
      const v = rows[i][j];
      if (!Number.isFinite(v)) throw new Error(`Row ${i + 1}: feature ${j + 1} is not a number`);
      X[i * d + j] = logScale(v);
      mean[j] += X[i * d + j] / n;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) sd[j] += (X[i * d + j] - mean[j]) ** 2 / n;
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) X[i * d + j] = sd[j] > 1e-12 ? (X[i * d + j] - mean[j]) / sd[j] : 0;
  return { X, mean, sd };
}

function sqDist(X: Float64Array, i: number, C: Float64Array, c: number, d: number) {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const t = X[i * d + j] - C[c * d + j];
    s += t * t;
  }
  return s;
}

function kmeansPlusPlus(X: Float64Array, n: number, d: number, k: number, random: Random) {
  const C = new Float64Array(k * d);
  const D = new Float64Array(n).fill(Infinity);
  let pick = random.int(n);
  for (let c = 0; c < k; c++) {
    for (let j = 0; j < d; j++) C[c * d + j] = X[pick * d + j];
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dist = sqDist(X, i, C, c, d);
      if (dist < D[i]) D[i] = dist;
      total += D[i];
    }
    if (c === k - 1) break;
    if (total <= 0) {
      pick = random.int(n);
      continue;
    }
    let target = random.next() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      target -= D[i];
      if (target < 0) {
        pick = i;
        break;
      }
    }
  }
  return C;
}

/** Index of the centre nearest to point i (squared distance left in out[0]). */
function nearest(X: Float64Array, i: number, C: Float64Array, k: number, d: number, out: Float64Array) {
  let best = 0,
    bestD = Infinity;
  for (let c = 0; c < k; c++) {
    const dist = sqDist(X, i, C, c, d);
    if (dist < bestD) {
      bestD = dist;
      best = c;
    }
  }
  out[0] = bestD;
  return best;
}

/**
 * Lloyd iterations from centres C (updated in place) until no point moves or the centres move
 * less than `tolerance` in total squared distance (scikit-learn's rule on standardised data).
 */
function lloyd(X: Float64Array, n: number, d: number, k: number, C: Float64Array, maxIterations: number, tolerance = 1e-4) {
  const labels = new Int32Array(n).fill(-1);
  const sums = new Float64Array(k * d);
  const counts = new Int32Array(k);
  const out = new Float64Array(1);
  let inertia = 0;
  for (let iter = 0; iter < maxIterations; iter++) {
    let changed = 0;
    inertia = 0;
    for (let i = 0; i < n; i++) {
      const best = nearest(X, i, C, k, d, out);
      inertia += out[0];
      if (labels[i] !== best) {
        labels[i] = best;
        changed++;
      }
    }
    if (changed === 0) break;
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const c = labels[i];
      counts[c]++;
      for (let j = 0; j < d; j++) sums[c * d + j] += X[i * d + j];
    }
    let shift = 0;
    for (let c = 0; c < k; c++) {
      if (counts[c] > 0) {
        for (let j = 0; j < d; j++) {
          const next = sums[c * d + j] / counts[c];
          shift += (next - C[c * d + j]) ** 2;
          C[c * d + j] = next;
        }
      } else {
        // An emptied cluster restarts at the point worst served by its centre.
        let far = 0,
          farD = -1;
        for (let i = 0; i < n; i++) {
          const dist = sqDist(X, i, C, labels[i], d);
          if (dist > farD) {
            farD = dist;
            far = i;
          }
        }
        for (let j = 0; j < d; j++) C[c * d + j] = X[far * d + j];
        labels[far] = c;
        shift = Infinity;
      }
    }
    if (shift < tolerance || iter === maxIterations - 1) {
      // Final labels and inertia for the centres just moved to.
      inertia = 0;
      for (let i = 0; i < n; i++) {
        labels[i] = nearest(X, i, C, k, d, out);
        inertia += out[0];
      }
      break;
    }
  }
  return { labels, inertia };
}

function sampleIndices(n: number, size: number, random: Random): Int32Array {
  const all = Int32Array.from({ length: n }, (_, i) => i);
  if (size >= n) return all;
  for (let i = 0; i < size; i++) {
    const j = i + random.int(n - i);
    const t = all[i];
    all[i] = all[j];
    all[j] = t;
  }
  return all.slice(0, size).sort();
}

/** Mean silhouette of labelled points from their pairwise distance matrix (singletons score 0). */
function silhouetteFromDistances(dist: Float32Array, s: number, labels: Int32Array, k: number) {
  const sizes = new Int32Array(k);
  for (let i = 0; i < s; i++) sizes[labels[i]]++;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < s; i++) {
    sums.fill(0);
    for (let j = 0; j < s; j++) sums[labels[j]] += dist[i * s + j];
    const own = labels[i];
    if (sizes[own] <= 1) continue;
    const a = sums[own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[c] / sizes[c]);
    if (b === Infinity) continue;
    total += (b - a) / Math.max(a, b);
  }
  return total / s;
}

/** Words for a standardised centroid: features beyond ±0.3 SD name themselves. */
export function describeCentroid(centroid: readonly number[], features: readonly FeatureDescriptor[], threshold = 0.3): string {
  const words = centroid.flatMap((z, j) => (z >= threshold ? [features[j].high] : z <= -threshold ? [features[j].low] : []));
  return words.length > 0 ? words.join(", ") : "average on every measure";
}

export function clusterKmeans({
  rows,
  features = DEFAULT_FEATURES,
  k: fixedK,
  kRange = [2, 8],
  restarts = 5,
  seed = 42,
  maxIterations = 100,
  fitSampleSize = 20_000,
  silhouetteSampleSize = 1_500,
}: {
  /** One row of raw (non-log) feature values per customer, in the order of `features`. */
  rows: readonly (readonly number[])[];
  features?: readonly FeatureDescriptor[];
  /** Use this k instead of choosing by silhouette. */
  k?: number;
  kRange?: [number, number];
  restarts?: number;
  seed?: number;
  maxIterations?: number;
  fitSampleSize?: number;
  silhouetteSampleSize?: number;
}): KmeansResult {
  const n = rows.length;
  const d = features.length;
  const [kMin, kMax] = fixedK ? [fixedK, fixedK] : kRange;
  if (!(Number.isInteger(kMin) && Number.isInteger(kMax) && kMin >= 1 && kMax >= kMin)) throw new Error(`Invalid k range ${kMin}-${kMax}`);
  if (n < kMin + 1) throw new Error(`k-means needs more customers (${n}) than clusters (${kMin})`);
  const { X, mean, sd } = standardizeFeatures(rows, d);
  const random = createRandom(seed);

  // Restarts and model selection run on a sample; the silhouette sample is a subset of it.
  const fitIdx = sampleIndices(n, fitSampleSize, random);
  const m = fitIdx.length;
  const Xfit = new Float64Array(m * d);
  for (let i = 0; i < m; i++) for (let j = 0; j < d; j++) Xfit[i * d + j] = X[fitIdx[i] * d + j];
  const silIdx = sampleIndices(m, silhouetteSampleSize, random);
  const s = silIdx.length;
  const dist = new Float32Array(s * s);
  for (let i = 0; i < s; i++) {
    for (let j = i + 1; j < s; j++) {
      const v = Math.sqrt(sqDist(Xfit, silIdx[i], Xfit, silIdx[j], d));
      dist[i * s + j] = v;
      dist[j * s + i] = v;
    }
  }

  const upper = Math.min(kMax, m - 1);
  const tried: { k: number; silhouette: number; inertia: number; centres: Float64Array }[] = [];
  for (let k = kMin; k <= upper; k++) {
    let best: { inertia: number; centres: Float64Array; labels: Int32Array } | null = null;
    for (let rep = 0; rep < restarts; rep++) {
      const C = kmeansPlusPlus(Xfit, m, d, k, random);
      const { labels, inertia } = lloyd(Xfit, m, d, k, C, maxIterations);
      if (!best || inertia < best.inertia - 1e-9) best = { inertia, centres: C, labels };
    }
    const silLabels = Int32Array.from(silIdx, (i) => best!.labels[i]);
    const silhouette = k > 1 ? silhouetteFromDistances(dist, s, silLabels, k) : 0;
    tried.push({ k, silhouette, inertia: best!.inertia, centres: best!.centres });
  }
  // Highest silhouette; a tie (within 1e-9) goes to the smaller k.
  const chosen = tried.reduce((a, b) => (b.silhouette > a.silhouette + 1e-9 ? b : a));
  const C = chosen.centres.slice();
  const { labels } = lloyd(X, n, d, chosen.k, C, maxIterations);

  // Clusters are numbered by size, largest first (ties by their centroid's first feature).
  const sizes = new Array<number>(chosen.k).fill(0);
  for (let i = 0; i < n; i++) sizes[labels[i]]++;
  const order = sizes.map((_, c) => c).sort((a, b) => sizes[b] - sizes[a] || C[a * d] - C[b * d]);
  const rank = new Array<number>(chosen.k);
  order.forEach((c, i) => (rank[c] = i));
  const clusters: KmeansCluster[] = [];
  for (const c of order) {
    const centroid = Array.from(C.subarray(c * d, (c + 1) * d));
    clusters.push({
      id: rank[c],
      size: sizes[c],
      centroid,
      typical: centroid.map((z, j) => unLogScale(z * sd[j] + mean[j])),
      description: describeCentroid(centroid, features),
    });
  }
  return {
    k: chosen.k,
    silhouette: chosen.silhouette,
    silhouetteByK: tried.map(({ k, silhouette, inertia }) => ({ k, silhouette, inertia })),
    assignments: Array.from(labels, (c) => rank[c]),
    clusters,
    features: features.map((f) => f.name),
  };
}
