import { describe, expect, it } from "vitest";
import { bucketFor, getDateRange, listPeriods } from "./get-date-range";

// The Overview's range: presets, custom from/to validation, local days in the org zone.
const now = new Date("2025-03-10T02:00:00Z"); // still 9 March in New York

describe("getDateRange", () => {
  it("defaults to 12 calendar months ending today in the org zone, by month", () => {
    const r = getDateRange({ timezone: "America/New_York", now });
    expect(r).toMatchObject({ preset: "12m", fromDate: "2024-04-01", toDate: "2025-03-09", bucket: "month" });
    expect(r.from.toISOString()).toBe("2024-04-01T04:00:00.000Z"); // EDT
    expect(r.to.toISOString()).toBe("2025-03-10T04:00:00.000Z"); // 10 March 00:00 EDT (DST began on the 9th)
    expect(r.error).toBeUndefined();
  });

  it("presets 30 d (by day), 90 d (by week), all time from the first paid order", () => {
    expect(getDateRange({ range: "30d", timezone: "UTC", now })).toMatchObject({ fromDate: "2025-02-09", toDate: "2025-03-10", bucket: "day" });
    expect(getDateRange({ range: "90d", timezone: "UTC", now })).toMatchObject({ fromDate: "2024-12-11", toDate: "2025-03-10", bucket: "week" });
    expect(getDateRange({ range: "all", timezone: "Europe/Berlin", now, firstPaidAt: new Date("2021-12-31T23:30:00Z") })).toMatchObject({ fromDate: "2022-01-01", bucket: "month" });
    expect(getDateRange({ range: "all", timezone: "UTC", now, firstPaidAt: null })).toMatchObject({ fromDate: "2025-03-10", toDate: "2025-03-10", bucket: "day" });
    expect(getDateRange({ range: "nonsense", timezone: "UTC", now }).preset).toBe("12m");
  });

  it("takes a valid custom range and refuses bad ones with a message, falling back to the default", () => {
    expect(getDateRange({ from: "2025-01-01", to: "2025-01-31", timezone: "UTC", now })).toMatchObject({ preset: "custom", fromDate: "2025-01-01", toDate: "2025-01-31", bucket: "day" });
    const bad: [string | undefined, string | undefined, RegExp][] = [
      ["2025-01-01", undefined, /both/],
      ["2025-02-30", "2025-03-01", /real days/],
      ["01/02/2025", "2025-03-01", /real days/],
      ["2025-03-01", "2025-01-01", /on or before/],
      ["1999-12-31", "2025-01-01", /2000/],
    ];
    for (const [from, to, message] of bad) {
      const r = getDateRange({ from, to, timezone: "UTC", now });
      expect(r.preset).toBe("12m");
      expect(r.error).toMatch(message);
    }
  });

  it("widens a range charted by month to whole months, never past today", () => {
    expect(getDateRange({ from: "2024-01-15", to: "2024-09-10", timezone: "UTC", now })).toMatchObject({ preset: "custom", fromDate: "2024-01-01", toDate: "2024-09-30", bucket: "month" });
    // The current month ends today; a custom end after today is kept.
    expect(getDateRange({ from: "2024-06-20", to: "2025-03-02", timezone: "UTC", now })).toMatchObject({ fromDate: "2024-06-01", toDate: "2025-03-10" });
    expect(getDateRange({ from: "2024-06-20", to: "2025-05-02", timezone: "UTC", now })).toMatchObject({ fromDate: "2024-06-01", toDate: "2025-05-02" });
    // Ranges by day or week keep their days.
    expect(getDateRange({ from: "2024-12-15", to: "2025-02-10", timezone: "UTC", now })).toMatchObject({ fromDate: "2024-12-15", toDate: "2025-02-10", bucket: "week" });
  });

  it("buckets and lists periods (ISO weeks from Monday)", () => {
    expect([bucketFor(1), bucketFor(45), bucketFor(46), bucketFor(200), bucketFor(201)]).toEqual(["day", "day", "week", "week", "month"]);
    expect(listPeriods("2025-03-05", "2025-03-18", "week")).toEqual(["2025-03-03", "2025-03-10", "2025-03-17"]);
    expect(listPeriods("2024-11-15", "2025-02-01", "month")).toEqual(["2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01"]);
    expect(listPeriods("2025-02-27", "2025-03-01", "day")).toEqual(["2025-02-27", "2025-02-28", "2025-03-01"]);
  });
});
