import { describe, expect, it } from "vitest";
import { formatEventRange, localToUtc, utcToLocal } from "./local-date-time";

describe("localToUtc / utcToLocal", () => {
  it("uses the zone's offset on that date: summer +02:00, winter +01:00 in Berlin", () => {
    expect(localToUtc("2026-07-10T19:00", "Europe/Berlin")?.toISOString()).toBe("2026-07-10T17:00:00.000Z");
    expect(localToUtc("2026-12-10T19:00", "Europe/Berlin")?.toISOString()).toBe("2026-12-10T18:00:00.000Z");
    expect(localToUtc("2026-12-10T19:00", "America/New_York")?.toISOString()).toBe("2026-12-11T00:00:00.000Z");
  });

  it("moves a time skipped by the spring jump forward; a repeated autumn time is its first occurrence", () => {
    expect(localToUtc("2026-03-29T02:30", "Europe/Berlin")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(localToUtc("2026-10-25T02:30", "Europe/Berlin")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses malformed or impossible dates", () => {
    for (const bad of ["", "2026-02-30T10:00", "2026-07-10 19:00", "tomorrow", "2026-07-10T25:00"]) expect(localToUtc(bad, "Europe/Berlin")).toBeNull();
  });

  it("round-trips through the input value", () => {
    const at = localToUtc("2026-07-10T19:05", "Asia/Kolkata")!;
    expect(utcToLocal(at, "Asia/Kolkata")).toBe("2026-07-10T19:05");
  });

  it("formats a same-day range and an overnight one", () => {
    const start = new Date("2026-07-10T17:00:00Z");
    expect(formatEventRange(start, new Date("2026-07-10T21:00:00Z"), "Europe/Berlin")).toBe("Fri, 10 Jul 2026, 19:00 – 23:00");
    expect(formatEventRange(start, new Date("2026-07-11T01:00:00Z"), "Europe/Berlin")).toBe("Fri, 10 Jul 2026, 19:00 – Sat, 11 Jul 2026, 03:00");
    // One instant (a check-in time): no range.
    expect(formatEventRange(start, start, "Europe/Berlin")).toBe("Fri, 10 Jul 2026, 19:00");
  });
});
