import { describe, expect, it } from "vitest";
import { initialPickerDate, pickShownDay } from "./initial-picker-date";

const now = new Date("2026-12-07T10:00:00Z");

describe("initialPickerDate", () => {
  it("opens a reschedule on the booked day's month with that day picked, not on today", () => {
    expect(initialPickerDate({ now, timeZone: "Europe/Berlin", current: new Date("2027-01-12T09:00:00Z"), windowDays: 60 })).toEqual({ today: "2026-12-07", month: "2027-01", day: "2027-01-12", lastMonth: "2027-02" });
  });
  it("uses the date in the shown time zone (late evening UTC is the next day in Tokyo)", () => {
    const current = new Date("2026-12-31T20:00:00Z");
    expect(initialPickerDate({ now, timeZone: "Asia/Tokyo", current, windowDays: null })).toMatchObject({ month: "2027-01", day: "2027-01-01" });
    expect(initialPickerDate({ now, timeZone: "America/New_York", current, windowDays: null })).toMatchObject({ month: "2026-12", day: "2026-12-31" });
  });
  it("opens on today for a new booking, a past booking or one beyond the booking window", () => {
    expect(initialPickerDate({ now, timeZone: "UTC", windowDays: 30 })).toMatchObject({ month: "2026-12", day: null });
    expect(initialPickerDate({ now, timeZone: "UTC", current: new Date("2026-11-20T09:00:00Z"), windowDays: 30 })).toMatchObject({ month: "2026-12", day: null });
    expect(initialPickerDate({ now, timeZone: "UTC", current: new Date("2027-03-20T09:00:00Z"), windowDays: 30 })).toMatchObject({ month: "2026-12", day: null });
  });
});

describe("pickShownDay", () => {
  it("prefers the wanted day, then the next one with times, then the last one before", () => {
    expect(pickShownDay(["2026-12-20", "2026-12-22", "2026-12-28"], "2026-12-22")).toBe("2026-12-22");
    expect(pickShownDay(["2026-12-20", "2026-12-23"], "2026-12-22")).toBe("2026-12-23");
    expect(pickShownDay(["2026-12-20", "2026-12-21"], "2026-12-22")).toBe("2026-12-21");
    expect(pickShownDay(["2026-12-20"], null)).toBe("2026-12-20");
    expect(pickShownDay([], "2026-12-22")).toBeNull();
  });
});
