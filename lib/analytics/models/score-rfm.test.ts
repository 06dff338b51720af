import { describe, expect, it } from "vitest";
import { quintileScores, RFM_SEGMENTS, rfmSegment, scoreRfm, summarizeRfmSegments } from "./score-rfm";

describe("quintileScores", () => {
  it("gives 20% per score for distinct values", () => {
    expect(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(quintileScores([50, 10, 40, 20, 30])).toEqual([5, 1, 4, 2, 3]);
  });

  it("gives equal values equal scores, the score of the tie group's lowest rank", () => {
    // Six one-order customers (60%) tie at the bottom; the others follow from rank 7.
    expect(quintileScores([1, 1, 1, 1, 1, 1, 2, 3, 5, 9])).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    expect(quintileScores([3, 1, 3, 2, 3])).toEqual([3, 1, 3, 2, 3]);
    expect(quintileScores([7, 7, 7])).toEqual([1, 1, 1]);
    expect(quintileScores([])).toEqual([]);
  });

  it("does not depend on input order", () => {
    const values = [5, 3, 3, 8, 1, 9, 3, 2, 2, 7, 6, 4];
    const scores = quintileScores(values);
    const reversed = quintileScores([...values].reverse()).reverse();
    expect(reversed).toEqual(scores);
  });
});

describe("scoreRfm", () => {
  it("scores recency reversed (recent is best), F and M upward, and names the segment", () => {
    const customers = Array.from({ length: 10 }, (_, i) => ({ customerId: `c${i}`, recency: i * 10, frequency: 10 - i, monetary: 100 * (10 - i) }));
    const scores = scoreRfm({ customers });
    expect(scores[0]).toEqual({ customerId: "c0", r: 5, f: 5, m: 5, code: "555", segment: "Champions" });
    expect(scores[9]).toEqual({ customerId: "c9", r: 1, f: 1, m: 1, code: "111", segment: "Lost" });
    // A recent first-time buyer with little spend is New.
    const withNew = scoreRfm({ customers: [...customers, { customerId: "fresh", recency: 0, frequency: 1, monetary: 1 }] });
    expect(withNew.at(-1)!.segment).toBe("New");
  });

  it("maps every (R, F, M) to exactly one of the 11 segments, and each segment is reachable", () => {
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) seen.add(rfmSegment(r, f, m));
    expect([...seen].sort()).toEqual([...RFM_SEGMENTS].sort());
    expect(rfmSegment(1, 5, 5)).toBe("Can't Lose");
    expect(rfmSegment(2, 5, 5)).toBe("At Risk");
    expect(rfmSegment(4, 1, 2)).toBe("Promising");
    expect(rfmSegment(4, 3, 2)).toBe("Potential Loyalists");
    expect(rfmSegment(3, 3, 2)).toBe("Need Attention");
    expect(rfmSegment(3, 1, 2)).toBe("About to Sleep");
    expect(rfmSegment(3, 4, 3)).toBe("Loyal");
    expect(rfmSegment(2, 1, 2)).toBe("Hibernating");
  });

  it("summarises segment sizes and value in a fixed order", () => {
    const scores = scoreRfm({
      customers: [
        { customerId: "a", recency: 1, frequency: 9, monetary: 90 },
        { customerId: "b", recency: 50, frequency: 1, monetary: 5 },
      ],
    });
    const summary = summarizeRfmSegments(
      scores,
      new Map([
        ["a", 90],
        ["b", 5],
      ]),
    );
    expect(summary.map((s) => s.segment)).toEqual([...RFM_SEGMENTS]);
    expect(summary.reduce((s, x) => s + x.customers, 0)).toBe(2);
    expect(summary.reduce((s, x) => s + x.monetary, 0)).toBe(95);
    expect(() => scoreRfm({ customers: [{ customerId: "x", recency: Number.NaN, frequency: 1, monetary: 1 }] })).toThrow(/Non-numeric/);
  });
});
