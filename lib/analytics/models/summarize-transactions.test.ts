import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSummaryCsv } from "./parse-summary-csv";
import { parseTransactions } from "./parse-transactions";
import { summarizeTransactions, toDayNumber } from "./summarize-transactions";

import { CDNOW_DIR as CDNOW } from "@/test/shared-data";

describe("summarizeTransactions", () => {
  it("counts repeat purchase days only, merging same-day purchases (lifetimes' definitions)", () => {
    const rows = summarizeTransactions({
      calibrationEnd: "2024-01-31",
      transactions: [
        { customerId: "a", date: "2024-01-01", amount: 10 },
        { customerId: "a", date: "2024-01-01", amount: 5 }, // same day: one purchase of 15
        { customerId: "a", date: "2024-01-11", amount: 20 },
        { customerId: "a", date: new Date("2024-01-11T23:59:00Z"), amount: 4 }, // same UTC day: 24
        { customerId: "a", date: "2024-01-21", amount: 30 },
        { customerId: "b", date: "2024-01-30", amount: 7 },
      ],
    });
    expect(rows).toEqual([
      { customerId: "a", frequency: 2, recency: 20, T: 30, monetary_value: (24 + 30) / 2, total_value: 69 },
      { customerId: "b", frequency: 0, recency: 0, T: 1, monetary_value: 0, total_value: 7 },
    ]);
  });

  it("keeps purchases on the calibration end day, drops later ones and customers who start later", () => {
    const rows = summarizeTransactions({
      calibrationEnd: "2024-03-01",
      unit: "weeks",
      transactions: [
        { customerId: "a", date: "2024-02-16", amount: 1 },
        { customerId: "a", date: "2024-03-01", amount: 2 },
        { customerId: "a", date: "2024-03-02", amount: 100 },
        { customerId: "late", date: "2024-03-05", amount: 3 },
      ],
    });
    expect(rows).toEqual([{ customerId: "a", frequency: 1, recency: 2, T: 2, monetary_value: 2, total_value: 3 }]);
  });

  it("sorts each customer's purchases whatever the input order", () => {
    const rows = summarizeTransactions({
      calibrationEnd: "2024-01-10",
      transactions: ["2024-01-09", "2024-01-01", "2024-01-05"].map((date, i) => ({ customerId: "x", date, amount: i + 1 })),
    });
    expect(rows[0]).toMatchObject({ frequency: 2, recency: 8, T: 9, monetary_value: (1 + 3) / 2 });
  });

  it("rejects impossible dates", () => {
    expect(() => toDayNumber("2024-02-30")).toThrow(/Invalid date/);
    expect(() => summarizeTransactions({ calibrationEnd: "soon", transactions: [] })).toThrow(/Invalid date/);
  });

  it("reproduces the published CDNOW summary from the raw purchase log (calibration end 1997-09-30, weeks)", () => {
    const transactions = parseTransactions(readFileSync(path.join(CDNOW, "CDNOW_sample.txt"), "utf8"));
    expect(transactions).toHaveLength(6919);
    const ours = summarizeTransactions({ transactions, calibrationEnd: "1997-09-30", unit: "weeks" });
    const published = parseSummaryCsv(readFileSync(path.join(CDNOW, "cdnow_customers_summary.csv"), "utf8"), { require: ["frequency", "recency", "T"] });
    expect(ours).toHaveLength(2357);
    const byId = new Map(ours.map((row) => [row.customerId, row]));
    for (const expected of published) {
      const row = byId.get(expected.customerId)!;
      expect(row.frequency).toBe(expected.frequency);
      // The published file rounds weeks to 2 decimals.
      expect(Math.abs(row.recency - expected.recency)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(row.T - expected.T)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    // Customer 1 bought on 1997-01-01 ($29.33), 01-18 ($29.73), 08-02 ($14.96) before the end.
    expect(byId.get("1")).toMatchObject({ frequency: 2, monetary_value: (29.73 + 14.96) / 2 });
    expect(ours.filter((r) => r.frequency > 0)).toHaveLength(946);
  });
});
