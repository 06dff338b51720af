import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime } from "./format";

describe("date and time formatting", () => {
  const run = new Date("2026-12-07T12:04:00Z");

  it("shows an instant in the zone it is given, whatever the zone of the process", () => {
    expect(process.env.TZ ?? "UTC").not.toBe("Europe/Berlin");
    expect(formatDateTime(run, "Europe/Berlin")).toBe("Dec 7, 2026, 1:04 PM");
    expect(formatDateTime(run, "America/New_York")).toBe("Dec 7, 2026, 7:04 AM");
    expect(formatTime(run, "Asia/Tokyo")).toBe("9:04 PM");
    expect(formatDate(new Date("2026-12-07T23:30:00Z"), "Europe/Berlin")).toBe("Dec 8, 2026");
    expect(formatDate(new Date("2026-12-07T23:30:00Z"), "UTC")).toBe("Dec 7, 2026");
  });

  it("names the zone when asked, and accepts ISO strings as the client gets them", () => {
    expect(formatDateTime(run, "Europe/Berlin", { zone: true })).toBe("Dec 7, 2026, 1:04 PM GMT+1");
    expect(formatDateTime(run.toISOString(), "UTC", { zone: true })).toBe("Dec 7, 2026, 12:04 PM UTC");
    expect(formatTime(run, "America/New_York", { zone: true })).toBe("7:04 AM EST");
  });

  it("is the same text on the server and in the browser (no hydration mismatch): it never reads the local zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "Pacific/Auckland";
    try {
      expect(formatDateTime(run, "Europe/Berlin", { zone: true })).toBe("Dec 7, 2026, 1:04 PM GMT+1");
    } finally {
      process.env.TZ = before;
    }
  });
});
