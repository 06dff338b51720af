import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { computeSlots } from "./compute-slots";
import { groupSlotsByDay } from "./group-slots-by-day";
import { range, zoned } from "../../../test/booking-helpers";
import type { Slot } from "../types";

const slot = (iso: string, minutes = 60): Slot => ({
  start: new Date(iso),
  end: new Date(new Date(iso).getTime() + minutes * 60_000),
  staffIds: ["s1"],
});

describe("groupSlotsByDay", () => {
  // A Berlin stylist works Monday 2026-06-01 21:00-24:00 (CEST, UTC+2).
  const berlinEvening = computeSlots({
    service: { durationMinutes: 60 },
    staff: [{ id: "s1", timeZone: "Europe/Berlin", rules: [{ weekday: 1, ranges: [range("21:00", "24:00")] }] }],
    range: { from: new Date("2026-06-01T00:00:00Z"), to: new Date("2026-06-03T00:00:00Z") },
    now: new Date("2026-05-01T00:00:00Z"),
  });

  it("shows a client in Tokyo the Berlin 23:00 slot on the next day", () => {
    expect(berlinEvening.at(-1)!.start).toEqual(zoned("Europe/Berlin", "2026-06-01T23:00"));
    const days = groupSlotsByDay({ slots: berlinEvening, timeZone: "Asia/Tokyo" });
    expect(days.map((day) => [day.date, day.weekday, day.label])).toEqual([["2026-06-02", 2, "Tuesday, June 2"]]);
    expect(days[0].slots.map((s) => [s.time, s.label])).toEqual([
      ["04:00", "4:00 AM"],
      ["05:00", "5:00 AM"],
      ["06:00", "6:00 AM"],
    ]);
    expect(days[0].slots[2].start).toEqual(berlinEvening[2].start);
    expect(days[0].slots[2].staffIds).toEqual(["s1"]);
  });

  it("splits the same slots over two days for a client in UTC, and keeps them on Monday in Berlin", () => {
    const utc = groupSlotsByDay({ slots: berlinEvening, timeZone: "UTC", hourCycle: "h23" });
    expect(utc.map((day) => [day.date, day.slots.map((s) => s.label)])).toEqual([["2026-06-01", ["19:00", "20:00", "21:00"]]]);
    const berlin = groupSlotsByDay({ slots: berlinEvening, timeZone: "Europe/Berlin" });
    expect(berlin.map((day) => [day.date, day.slots.map((s) => s.time)])).toEqual([["2026-06-01", ["21:00", "22:00", "23:00"]]]);
    const kolkata = groupSlotsByDay({ slots: berlinEvening, timeZone: "Asia/Kolkata" });
    expect(kolkata.map((day) => [day.date, day.slots.map((s) => s.time)])).toEqual([["2026-06-02", ["00:30", "01:30", "02:30"]]]);
  });

  it("puts a slot on the next local day once it passes the client's midnight", () => {
    const days = groupSlotsByDay({ slots: [slot("2026-06-01T18:29:00Z"), slot("2026-06-01T18:30:00Z")], timeZone: "Asia/Kolkata" });
    expect(days.map((day) => [day.date, day.slots.map((s) => s.time)])).toEqual([
      ["2026-06-01", ["23:59"]],
      ["2026-06-02", ["00:00"]],
    ]);
  });

  it("labels the fall-back hour's twin wall times with their zone abbreviation", () => {
    const days = groupSlotsByDay({
      slots: [slot("2026-11-01T04:00:00Z"), slot("2026-11-01T05:00:00Z"), slot("2026-11-01T06:00:00Z"), slot("2026-11-01T07:00:00Z")],
      timeZone: "America/New_York",
    });
    expect(days).toHaveLength(1);
    expect(days[0].slots.map((s) => s.label)).toEqual(["12:00 AM", "1:00 AM EDT", "1:00 AM EST", "2:00 AM"]);
  });

  it("uses the locale for labels and sorts its input", () => {
    const days = groupSlotsByDay({ slots: [slot("2026-06-02T07:00:00Z"), slot("2026-06-01T07:30:00Z")], timeZone: "Europe/Berlin", locale: "de-DE" });
    expect(days.map((day) => [day.date, day.label, day.slots.map((s) => s.label)])).toEqual([
      ["2026-06-01", "Montag, 1. Juni", ["09:30"]],
      ["2026-06-02", "Dienstag, 2. Juni", ["09:00"]],
    ]);
  });

  it("returns no days for no slots, and refuses an unknown zone or locale", () => {
    expect(groupSlotsByDay({ slots: [], timeZone: "Asia/Tokyo" })).toEqual([]);
    expect(() => groupSlotsByDay({ slots: [slot("2026-06-01T07:00:00Z")], timeZone: "Tokyo" })).toThrow(AppError);
    expect(() => groupSlotsByDay({ slots: [slot("2026-06-01T07:00:00Z")], timeZone: "UTC", locale: "not a locale!" })).toThrow(AppError);
  });
});
