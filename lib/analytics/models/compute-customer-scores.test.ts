import { describe, expect, it } from "vitest";
import { computeCustomerScores, MINIMUMS } from "./compute-customer-scores";
import { simulateTransactions } from "./simulate-bgnbd";

const transactions = simulateTransactions({
  bgnbd: { r: 1.2, alpha: 20, a: 0.8, b: 12 },
  gammaGamma: { p: 6, q: 4, v: 15 },
  customers: 1500,
  days: 365,
  end: "2025-06-30",
  seed: 21,
});

describe("computeCustomerScores", () => {
  it("scores every customer with every model when the data suffices", () => {
    const result = computeCustomerScores({ transactions, calibrationEnd: "2025-06-30" });
    expect(result.notes).toEqual([]);
    expect(result.customers).toHaveLength(1500);
    expect(result.bgnbd!.converged).toBe(true);
    expect(result.gammaGamma!.params.q).toBeGreaterThan(1);
    expect(result.kmeans!.k).toBeGreaterThanOrEqual(2);
    for (const c of result.customers) {
      expect(c.pAlive).toBeGreaterThanOrEqual(0);
      expect(c.pAlive).toBeLessThanOrEqual(1);
      expect(c.expectedPurchases).toBeGreaterThanOrEqual(0);
      expect(c.expectedOrderValue).toBeGreaterThan(0);
      expect(c.clv).toBeGreaterThanOrEqual(0);
      expect(c.churnRisk).toMatch(/^(low|medium|high)$/);
      expect(c.cluster).toBeLessThan(result.kmeans!.k);
      expect(c.rfmSegment).toBeTruthy();
    }
    // Loyal buyers with a recent purchase are worth more than lapsed one-timers.
    const value = (pred: (c: (typeof result.customers)[number]) => boolean) => {
      const group = result.customers.filter(pred);
      return group.reduce((s, c) => s + c.clv!, 0) / group.length;
    };
    expect(value((c) => c.rfmSegment === "Champions")).toBeGreaterThan(5 * value((c) => c.rfmSegment === "Lost"));
  });

  it("adds bot engagement as a k-means feature only once someone talked to the bot", () => {
    const quiet = computeCustomerScores({ transactions, calibrationEnd: "2025-06-30" });
    expect(quiet.kmeans!.features).toEqual(["recency", "frequency", "monetary", "tenure"]);
    expect(quiet.customers.every((c) => c.botMessages === 0)).toBe(true);

    // Every third customer chats a lot: the clusters should pick that up as a dimension of their own.
    const ids = [...new Set(transactions.map((t) => t.customerId))];
    const botMessages = new Map(ids.filter((_, i) => i % 3 === 0).map((id) => [id, 40]));
    const engaged = computeCustomerScores({ transactions, calibrationEnd: "2025-06-30", botMessages });
    expect(engaged.kmeans!.features).toEqual(["recency", "frequency", "monetary", "tenure", "bot engagement"]);
    expect(engaged.customers.find((c) => c.customerId === ids[0])!.botMessages).toBe(40);
    expect(engaged.customers.find((c) => c.customerId === ids[1])!.botMessages).toBe(0);
    expect(engaged.kmeans!.clusters.some((c) => c.description.includes("chatty in the bot"))).toBe(true);
    // Clusters described as chatty hold only chatters, and quiet ones none: the words match the members.
    for (const cluster of engaged.kmeans!.clusters) {
      const members = engaged.customers.filter((c) => c.cluster === cluster.id);
      const chatters = members.filter((c) => c.botMessages > 0).length;
      if (cluster.description.includes("chatty in the bot")) expect(chatters).toBe(members.length);
      if (cluster.description.includes("quiet in the bot")) expect(chatters).toBe(0);
    }
  });

  it("gives the same predictions in weeks as in days (BG/NBD is invariant to the time unit)", () => {
    const log = transactions.filter((t) => Number(t.customerId.slice(1)) <= 600);
    const days = computeCustomerScores({ transactions: log, calibrationEnd: "2025-06-30", unit: "days", horizonDays: 90 });
    const weeks = computeCustomerScores({ transactions: log, calibrationEnd: "2025-06-30", unit: "weeks", horizonDays: 90 });
    expect(weeks.bgnbd!.params.alpha * 7).toBeCloseTo(days.bgnbd!.params.alpha, 1);
    for (let i = 0; i < days.customers.length; i += 37) {
      expect(weeks.customers[i].expectedPurchases!).toBeCloseTo(days.customers[i].expectedPurchases!, 3);
      expect(weeks.customers[i].pAlive!).toBeCloseTo(days.customers[i].pAlive!, 4);
    }
  });

  it("skips the models the data cannot support, and says why", () => {
    const few = computeCustomerScores({
      transactions: [
        { customerId: "a", date: "2025-01-01", amount: 10 },
        { customerId: "a", date: "2025-02-01", amount: 12 },
        { customerId: "b", date: "2025-03-01", amount: 30 },
      ],
      calibrationEnd: "2025-06-30",
    });
    expect(few.bgnbd).toBeNull();
    expect(few.gammaGamma).toBeNull();
    expect(few.kmeans).toBeNull();
    expect(few.notes).toHaveLength(3);
    expect(few.notes[0]).toContain(`at least ${MINIMUMS.bgnbdCustomers} customers`);
    expect(few.customers.map((c) => [c.customerId, c.frequency, c.pAlive, c.clv, c.cluster])).toEqual([
      ["a", 1, null, null, null],
      ["b", 0, null, null, null],
    ]);
    expect(few.customers[0].rfmSegment).toBeTruthy();
  });
});

describe("computeCustomerScores on a history where nobody drops out", () => {
  it("skips the purchase model with a note instead of returning NaN predictions", async () => {
    const { computeCustomerScores } = await import("./compute-customer-scores");
    // 60 customers buying like clockwork every 10 days for a year: a and b run to a boundary.
    const transactions = Array.from({ length: 60 }, (_, i) => Array.from({ length: 36 }, (_, k) => ({ customerId: `c${i}`, date: new Date(Date.UTC(2025, 0, 1 + (i % 9) + k * 10)), amount: 20 + (i % 7) }))).flat();
    const result = computeCustomerScores({ transactions, calibrationEnd: "2026-01-01" });
    for (const c of result.customers) {
      for (const v of [c.pAlive, c.expectedPurchases, c.clv]) expect(v === null || Number.isFinite(v)).toBe(true);
    }
    if (!result.bgnbd) expect(result.notes.join(" ")).toMatch(/cannot be fitted/);
  });
});
