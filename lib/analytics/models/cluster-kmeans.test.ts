import { describe, expect, it } from "vitest";
import { clusterKmeans, describeCentroid, DEFAULT_FEATURES, standardizeFeatures } from "./cluster-kmeans";
import { createRandom } from "../../shared/create-random";

/** Customers around given (recency, frequency, monetary, tenure) centres, ±10% log-normal noise. */
function blobs(centres: number[][], perCluster: number, seed: number) {
  const random = createRandom(seed);
  const rows: number[][] = [];
  const truth: number[] = [];
  centres.forEach((centre, c) => {
    for (let i = 0; i < perCluster; i++) {
      rows.push(centre.map((v) => v * Math.exp(0.1 * random.normal())));
      truth.push(c);
    }
  });
  return { rows, truth };
}

const CENTRES = [
  [5, 20, 2000, 400], // recent, frequent, high spend, long-standing
  [250, 1, 30, 260], // lapsed one-timers
  [20, 3, 150, 25], // new
  [120, 8, 600, 700], // older regulars drifting away
];

/** Every true cluster lands in exactly one found cluster and vice versa. */
function expectSamePartition(found: number[], truth: number[]) {
  const pairs = new Set(found.map((f, i) => `${f}:${truth[i]}`));
  expect(pairs.size).toBe(new Set(truth).size);
  expect(new Set(found).size).toBe(new Set(truth).size);
}

describe("clusterKmeans", () => {
  it("finds k = 4 on four well-separated groups, with the right members", () => {
    const { rows, truth } = blobs(CENTRES, 120, 1);
    const result = clusterKmeans({ rows });
    expect(result.k).toBe(4);
    expect(result.silhouetteByK.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const best = Math.max(...result.silhouetteByK.map((s) => s.silhouette));
    expect(result.silhouette).toBe(best);
    expect(result.silhouette).toBeGreaterThan(0.7);
    expectSamePartition(result.assignments, truth);
    expect(result.clusters.map((c) => c.size)).toEqual([120, 120, 120, 120]);
    // The champions' cluster is described as such, and its typical member is near its centre.
    const champions = result.clusters[result.assignments[0]];
    expect(champions.description).toMatch(/^recent, frequent, high spend/);
    expect(Math.abs(champions.typical[1] / 20 - 1)).toBeLessThan(0.05);
  });

  it("finds k = 2 and k = 3 when that is the structure", () => {
    for (const k of [2, 3]) {
      const { rows, truth } = blobs(CENTRES.slice(0, k), 100, 2);
      const result = clusterKmeans({ rows });
      expect(result.k).toBe(k);
      expectSamePartition(result.assignments, truth);
    }
  });

  it("is deterministic for a seed, and the sampled path (large inputs) finds the same groups", () => {
    const { rows, truth } = blobs(CENTRES, 100, 3);
    const a = clusterKmeans({ rows, seed: 7 });
    const b = clusterKmeans({ rows, seed: 7 });
    expect(b).toEqual(a);
    const sampled = clusterKmeans({ rows, seed: 7, fitSampleSize: 150, silhouetteSampleSize: 100 });
    expect(sampled.k).toBe(4);
    expectSamePartition(sampled.assignments, truth);
  });

  it("honours a fixed k and refuses too few customers", () => {
    const { rows } = blobs(CENTRES, 30, 4);
    expect(clusterKmeans({ rows, k: 6 }).clusters).toHaveLength(6);
    expect(() => clusterKmeans({ rows: rows.slice(0, 2) })).toThrow(/needs more customers/);
    expect(() =>
      clusterKmeans({
        rows: [
          [1, 2, 3],
          [4, 5, 6],
        ],
        k: 1,
      }),
    ).toThrow(/has 3 features, expected 4/);
  });
});

describe("standardizeFeatures and describeCentroid", () => {
  it("log-scales, z-scores, and zeroes constant columns", () => {
    const { X, mean, sd } = standardizeFeatures(
      [
        [0, 5],
        [Math.E - 1, 5],
      ],
      2,
    );
    expect(mean[0]).toBeCloseTo(0.5);
    expect(sd[1]).toBe(0);
    expect(Array.from(X)).toEqual([-1, 0, 1, 0]);
  });

  it("describes a centroid by the features beyond ±0.3 SD", () => {
    expect(describeCentroid([-1.2, 0.9, 1.5, 0], DEFAULT_FEATURES)).toBe("recent, frequent, high spend");
    expect(describeCentroid([1, -1, -0.5, -2], DEFAULT_FEATURES)).toBe("lapsed, infrequent, low spend, new");
    expect(describeCentroid([0.1, -0.1, 0, 0.2], DEFAULT_FEATURES)).toBe("average on every measure");
  });
});
