import { describe, expect, it } from "vitest";
import { buildSalesSeries } from "./build-sales-series";

describe("buildSalesSeries", () => {
  it("starts from zero the day before, sorts, fills days without sales (across a month end) and accumulates", () => {
    expect(buildSalesSeries([])).toEqual([]);
    expect(
      buildSalesSeries([
        { day: "2026-12-02", sold: 3, revenue: 300 },
        { day: "2026-11-29", sold: 2, revenue: 200 },
      ]),
    ).toEqual([
      { day: "2026-11-28", sold: 0, revenue: 0, cumulative: 0 },
      { day: "2026-11-29", sold: 2, revenue: 200, cumulative: 2 },
      { day: "2026-11-30", sold: 0, revenue: 0, cumulative: 2 },
      { day: "2026-12-01", sold: 0, revenue: 0, cumulative: 2 },
      { day: "2026-12-02", sold: 3, revenue: 300, cumulative: 5 },
    ]);
  });

  it("keeps the most recent days when the range is long, with the cumulative total intact", () => {
    const series = buildSalesSeries(
      [
        { day: "2025-01-01", sold: 10, revenue: 0 },
        { day: "2026-12-31", sold: 1, revenue: 0 },
      ],
      30,
    );
    expect(series).toHaveLength(30);
    expect(series[series.length - 1]).toMatchObject({ day: "2026-12-31", cumulative: 11 });
  });
});
