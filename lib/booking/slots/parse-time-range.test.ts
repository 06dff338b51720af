import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseLocalDate, parseTimeOfDay, parseTimeRange } from "./parse-time-range";

describe("parseTimeRange", () => {
  it("reads HH:MM ranges as minutes after local midnight", () => {
    expect(parseTimeRange({ start: "09:00", end: "12:30" })).toEqual({ startMinute: 540, endMinute: 750 });
    expect(parseTimeRange({ start: "9:15", end: "24:00" })).toEqual({ startMinute: 555, endMinute: 1440 });
  });

  it("lets a range cross midnight into the next date", () => {
    expect(parseTimeRange({ start: "22:00", end: "02:00" })).toEqual({ startMinute: 1320, endMinute: 1560 });
    expect(parseTimeRange({ start: "00:00", end: "00:00" })).toEqual({ startMinute: 0, endMinute: 1440 });
  });

  it.each(["24:00", "25:00", "12:60", "noon", "", "12:5", "-1:00"])("refuses %j as a start", (value) => {
    expect(() => parseTimeOfDay(value)).toThrow(AppError);
  });

  it("checks dates", () => {
    expect(parseLocalDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(() => parseLocalDate("2026-02-29")).toThrow(AppError);
    expect(() => parseLocalDate("29.02.2028")).toThrow(AppError);
  });
});
