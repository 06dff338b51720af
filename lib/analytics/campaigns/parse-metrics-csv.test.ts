import { describe, expect, it } from "vitest";
import { planMetricsImport } from "./import-campaign-metrics";
import { parseCount, parseMetricsCsv } from "./parse-metrics-csv";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("parseMetricsCsv", () => {
  it("reads days with money in major units as exact minor units", () => {
    const csv = '\uFEFFDate,Impressions,Clicks,Conversions,Cost,Revenue\r\n2025-03-01,"12,000",340,12,85.5,420.00\r\n2025-03-02,11850,322,9,0.1,0.2\r\n';
    const parsed = parseMetricsCsv(csv, "EUR");
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.columns).toEqual(["date", "impressions", "clicks", "conversions", "cost", "revenue"]);
    expect(parsed.rows.map((r) => r.data)).toEqual([
      { date: day("2025-03-01"), impressions: 12000, clicks: 340, conversions: 12, cost: 8550, revenue: 42000 },
      { date: day("2025-03-02"), impressions: 11850, clicks: 322, conversions: 9, cost: 10, revenue: 20 },
    ]);
  });

  it("accepts platform headers and semicolons with decimal commas; blank cells are 0; missing columns are absent", () => {
    const parsed = parseMetricsCsv("Day;Amount spent;Purchases;Purchase value\n2025-03-01;12,50;;99,90\n", "EUR");
    expect(parsed.columns).toEqual(["date", "conversions", "cost", "revenue"]);
    expect(parsed.rows[0].data).toEqual({ date: day("2025-03-01"), conversions: 0, cost: 1250, revenue: 9990 });
  });

  it("gives per-row errors, one per bad cell, and keeps good rows parsed", () => {
    const csv = ["date,clicks,cost,revenue", "2025-02-30,10,1.00,2.00", "2025-03-01,-4,1.005,abc", "03/02/2025,1.5,1,1", "2025-03-03,5,2.00,3.00", "2025-03-03,6,2.00,3.00", "2025-03-04,1,1,1,extra"].join("\n");
    const { rows } = parseMetricsCsv(csv, "EUR");
    expect(rows.map((r) => [r.row, r.errors])).toEqual([
      [2, ['date: "2025-02-30" is not a date; use YYYY-MM-DD']],
      [3, ["clicks: cannot be negative", "cost: use at most 2 decimals", "revenue: enter an amount like 12.50"]],
      [4, ['date: "03/02/2025" is not a date; use YYYY-MM-DD', "clicks: must be a whole number"]],
      [5, []],
      [6, ["date: 2025-03-03 appears twice in this file (same as row 5)"]],
      [7, ["Row has 5 cells but the header has 4"]],
    ]);
    expect(rows.filter((r) => r.data).map((r) => r.row)).toEqual([5]);
  });

  it("refuses days after the latest possible day (today in the org's zone)", () => {
    const { rows } = parseMetricsCsv("date,cost\n2025-03-01,1\n2025-03-02,1\n", "EUR", { latest: day("2025-03-01") });
    expect(rows.map((r) => r.errors)).toEqual([[], ["date: 2025-03-02 is in the future"]]);
    expect(rows[1].data).toBeNull();
  });

  it("refuses files it cannot read as a whole", () => {
    expect(parseMetricsCsv("", "EUR").fileErrors[0]).toMatch(/empty/);
    expect(parseMetricsCsv("clicks,cost\n1,2\n", "EUR").fileErrors[0]).toMatch(/"date" column/);
    expect(parseMetricsCsv("date,notes\n2025-01-01,x\n", "EUR").fileErrors[0]).toMatch(/at least one of/);
    expect(parseMetricsCsv("date,cost\n", "EUR").fileErrors[0]).toMatch(/no rows/);
    expect(parseMetricsCsv("date,cost,spend\n2025-01-01,1,1\n", "EUR").fileErrors[0]).toMatch(/appears twice/);
    expect(parseMetricsCsv('date,cost\n2025-01-01,"1\n', "EUR").fileErrors[0]).toMatch(/broken quote/);
    expect(parseMetricsCsv("date,cost\n2025-01-01,\uFFFD\n", "EUR").fileErrors[0]).toMatch(/UTF-8/);
  });

  it("unguards formula-protected cells as the customers import does", () => {
    const { rows } = parseMetricsCsv("date,cost,revenue\n2025-01-01,'-5,'+3\n", "EUR");
    expect(rows[0].errors).toEqual(["cost: the amount cannot be negative", "revenue: enter an amount like 12.50"]);
    expect(rows[0].values).toMatchObject({ date: "2025-01-01", cost: "-5", revenue: "+3" });
  });

  it("parseCount reads whole counts only", () => {
    expect(parseCount("1,234")).toEqual({ ok: true, value: 1234 });
    expect(parseCount("12.0")).toEqual({ ok: true, value: 12 });
    expect(parseCount("")).toEqual({ ok: true, value: 0 });
    expect(parseCount("1e3").ok).toBe(false);
    expect(parseCount("99999999999").ok).toBe(false);
  });
});

describe("planMetricsImport", () => {
  it("marks new, changed and unchanged days; columns the file lacks keep their value", () => {
    const { rows } = parseMetricsCsv("date,clicks,cost\n2025-03-01,10,1.00\n2025-03-02,20,2.00\n2025-03-03,30,3.00\n2025-13-01,1,1\n", "EUR");
    const existing = [
      { date: day("2025-03-02"), impressions: 500, clicks: 20, conversions: 2, cost: 200, revenue: 900 },
      { date: day("2025-03-03"), impressions: 600, clicks: 31, conversions: 3, cost: 300, revenue: 1000 },
    ];
    const plan = planMetricsImport(rows, existing);
    expect(plan.summary).toEqual({ new: 1, update: 1, unchanged: 1, error: 1 });
    expect(plan.rows.map((r) => [r.status, r.result, r.changed])).toEqual([
      ["new", { date: day("2025-03-01"), impressions: 0, clicks: 10, conversions: 0, cost: 100, revenue: 0 }, []],
      ["unchanged", { date: day("2025-03-02"), impressions: 500, clicks: 20, conversions: 2, cost: 200, revenue: 900 }, []],
      ["update", { date: day("2025-03-03"), impressions: 600, clicks: 30, conversions: 3, cost: 300, revenue: 1000 }, ["clicks"]],
      ["error", null, []],
    ]);
  });
});
