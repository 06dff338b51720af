import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { computeSlots } from "./compute-slots";
import { expectWellFormed, isoStarts, range, slotsFor, wallTimes, zoned } from "../../../test/booking-helpers";
import type { StaffAvailability } from "../types";

const BERLIN = "Europe/Berlin";
// 2026-06-01 is a Monday; Berlin is on summer time (UTC+2) all June.
const MONDAY = { from: "2026-06-01T00:00:00+02:00", to: "2026-06-02T00:00:00+02:00" };
const WEEK = { from: "2026-06-01T00:00:00+02:00", to: "2026-06-08T00:00:00+02:00" };
const mondays = (...ranges: ReturnType<typeof range>[]) => [{ weekday: 1 as const, ranges }];
const busy = (...pairs: [string, string][]) => [{ source: "bookings", intervals: pairs.map(([start, end]) => ({ start: zoned(BERLIN, start), end: zoned(BERLIN, end) })) }];

describe("computeSlots: working hours", () => {
  it("offers each step of a range, as UTC instants", () => {
    const slots = slotsFor({ staff: { timeZone: BERLIN, rules: mondays(range("09:00", "12:00")) }, ...MONDAY });
    expect(isoStarts(slots)).toEqual(["2026-06-01T07:00:00.000Z", "2026-06-01T08:00:00.000Z", "2026-06-01T09:00:00.000Z"]);
    expect(slots[0].end.toISOString()).toBe("2026-06-01T08:00:00.000Z");
    expect(slots[0].staffIds).toEqual(["s1"]);
  });

  it("uses several ranges a day and a step shorter than the duration", () => {
    const slots = slotsFor({
      service: { durationMinutes: 45, slotIntervalMinutes: 15 },
      staff: { timeZone: BERLIN, rules: mondays(range("13:30", "15:00"), range("09:00", "12:30")) },
      ...MONDAY,
    });
    expectWellFormed(slots, 45);
    const times = wallTimes(slots, BERLIN).map((t) => t.slice(11));
    expect(times.slice(0, 3)).toEqual(["09:00", "09:15", "09:30"]);
    expect(times).toContain("11:45");
    expect(times).not.toContain("12:00");
    expect(times.slice(-4)).toEqual(["13:30", "13:45", "14:00", "14:15"]);
    expect(slots).toHaveLength(12 + 4);
  });

  it("returns only slots starting inside [from, to), across a whole week of rules", () => {
    const slots = slotsFor({
      staff: { timeZone: BERLIN, rules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, ranges: [range("09:00", "17:00")] })) },
      from: "2026-06-01T12:00:00+02:00",
      to: "2026-06-05T10:00:00+02:00",
    });
    expectWellFormed(slots, 60);
    expect(wallTimes(slots, BERLIN)[0]).toBe("2026-06-01T12:00");
    expect(wallTimes(slots, BERLIN).at(-1)).toBe("2026-06-05T09:00");
    expect(slots).toHaveLength(5 + 8 + 8 + 8 + 1);
  });

  it("gives nothing on days without rules, and nothing for an empty or reversed range", () => {
    expect(slotsFor({ staff: { timeZone: BERLIN, rules: mondays(range("09:00", "17:00")) }, from: "2026-06-02T00:00:00Z", to: "2026-06-07T00:00:00Z" })).toEqual([]);
    expect(slotsFor({ staff: { timeZone: BERLIN, rules: mondays(range("09:00", "17:00")) }, from: MONDAY.to, to: MONDAY.from })).toEqual([]);
  });
});

describe("computeSlots: midnight-crossing hours", () => {
  const lateShift = [{ weekday: 5 as const, ranges: [range("22:00", "02:00")] }]; // Friday night only

  it("runs a 22:00-02:00 range into the next date, which it belongs to the first", () => {
    const slots = slotsFor({ staff: { timeZone: BERLIN, rules: lateShift }, from: "2026-06-05T00:00:00Z", to: "2026-06-07T00:00:00Z" });
    expect(wallTimes(slots, BERLIN)).toEqual(["2026-06-05T22:00", "2026-06-05T23:00", "2026-06-06T00:00", "2026-06-06T01:00"]);
  });

  it("still offers the after-midnight part when the asked range starts after midnight", () => {
    const slots = slotsFor({ staff: { timeZone: BERLIN, rules: lateShift }, from: "2026-06-06T00:00:00+02:00", to: "2026-06-07T00:00:00+02:00" });
    expect(wallTimes(slots, BERLIN)).toEqual(["2026-06-06T00:00", "2026-06-06T01:00"]);
  });

  it("keeps the previous night's hours when the next date is a day off (the range belongs to its start date)", () => {
    const slots = slotsFor({
      staff: { timeZone: BERLIN, rules: lateShift, overrides: [{ date: "2026-06-06", ranges: [] }] },
      from: "2026-06-05T00:00:00Z",
      to: "2026-06-07T00:00:00Z",
    });
    expect(slots).toHaveLength(4);
  });

  it("does not let a slot straddle into the next date's own hours: it must fit its own date's range", () => {
    const slots = slotsFor({
      service: { durationMinutes: 90, slotIntervalMinutes: 30 },
      staff: { timeZone: BERLIN, rules: [...lateShift, { weekday: 6, ranges: [range("02:00", "04:00")] }] },
      from: "2026-06-05T00:00:00Z",
      to: "2026-06-07T00:00:00Z",
    });
    const times = wallTimes(slots, BERLIN);
    // Friday's range ends at 02:00: last 90-minute start 00:30. Saturday's starts at 02:00.
    expect(times).toContain("2026-06-06T00:30");
    expect(times).not.toContain("2026-06-06T01:00");
    expect(times.filter((t) => t >= "2026-06-06T02:00")).toEqual(["2026-06-06T02:00", "2026-06-06T02:30"]);
  });
});

describe("computeSlots: date overrides", () => {
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, ranges: [range("09:00", "17:00")] }));

  it("turns a working day into a day off, and replaces another day's hours", () => {
    const slots = slotsFor({
      staff: {
        timeZone: BERLIN,
        rules: weekdays,
        overrides: [
          { date: "2026-06-02", ranges: [] },
          { date: "2026-06-03", ranges: [range("14:00", "16:00")] },
          { date: "2026-06-06", ranges: [range("10:00", "12:00")] }, // a Saturday, normally off
        ],
      },
      ...WEEK,
    });
    const byDate = (date: string) =>
      wallTimes(slots, BERLIN)
        .filter((t) => t.startsWith(date))
        .map((t) => t.slice(11));
    expect(byDate("2026-06-01")).toHaveLength(8);
    expect(byDate("2026-06-02")).toEqual([]);
    expect(byDate("2026-06-03")).toEqual(["14:00", "15:00"]);
    expect(byDate("2026-06-04")).toHaveLength(8);
    expect(byDate("2026-06-06")).toEqual(["10:00", "11:00"]);
    expect(byDate("2026-06-07")).toEqual([]);
  });
});

describe("computeSlots: busy time and buffers", () => {
  const staff = { timeZone: BERLIN, rules: mondays(range("09:00", "13:00")) };

  it("skips slots overlapping busy time; touching is fine", () => {
    const slots = slotsFor({ service: { slotIntervalMinutes: 30 }, staff: { ...staff, busy: busy(["2026-06-01T10:00", "2026-06-01T11:00"]) }, ...MONDAY });
    expect(wallTimes(slots, BERLIN).map((t) => t.slice(11))).toEqual(["09:00", "11:00", "11:30", "12:00"]);
  });

  it("buffers make a booking block its neighbouring slots", () => {
    // The existing 10:00-11:00 booking had a 30-minute buffer after: busy 10:00-11:30.
    const slots = slotsFor({
      service: { slotIntervalMinutes: 30, bufferAfterMinutes: 30 },
      staff: { ...staff, busy: busy(["2026-06-01T10:00", "2026-06-01T11:30"]) },
      ...MONDAY,
    });
    // 09:00 would need 09:00-10:30 (its own clean-up hits the booking); 12:00 would run past 13:00.
    expect(wallTimes(slots, BERLIN).map((t) => t.slice(11))).toEqual(["11:30"]);
  });

  it("keeps the buffered window inside working time, the first slot leaving room for its buffer before", () => {
    const slots = slotsFor({
      service: { bufferBeforeMinutes: 15, bufferAfterMinutes: 15 },
      staff: { timeZone: BERLIN, rules: mondays(range("09:00", "12:00")) },
      ...MONDAY,
    });
    expect(wallTimes(slots, BERLIN).map((t) => t.slice(11))).toEqual(["09:15", "10:15"]);
    expect(slots[0].end.getTime() - slots[0].start.getTime()).toBe(60 * 60_000);
  });

  it("merges several busy sources (bookings and a calendar)", () => {
    const slots = slotsFor({
      staff: {
        ...staff,
        busy: [...busy(["2026-06-01T09:00", "2026-06-01T10:00"]), { source: "google", intervals: [{ start: zoned(BERLIN, "2026-06-01T11:30"), end: zoned(BERLIN, "2026-06-01T11:45") }] }],
      },
      ...MONDAY,
    });
    expect(wallTimes(slots, BERLIN).map((t) => t.slice(11))).toEqual(["10:00", "12:00"]);
  });
});

describe("computeSlots: notice, window and daily limit", () => {
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, ranges: [range("09:00", "17:00")] }));

  it("never offers the past, and respects the minimum notice", () => {
    const now = zoned(BERLIN, "2026-06-01T10:10");
    const noNotice = slotsFor({ staff: { timeZone: BERLIN, rules: weekdays }, ...MONDAY, now });
    expect(wallTimes(noNotice, BERLIN)[0]).toBe("2026-06-01T11:00");
    const twoHours = slotsFor({ service: { minimumNoticeMinutes: 120 }, staff: { timeZone: BERLIN, rules: weekdays }, ...MONDAY, now });
    expect(wallTimes(twoHours, BERLIN)[0]).toBe("2026-06-01T13:00");
    const exact = slotsFor({ service: { minimumNoticeMinutes: 110 }, staff: { timeZone: BERLIN, rules: weekdays }, ...MONDAY, now });
    expect(wallTimes(exact, BERLIN)[0]).toBe("2026-06-01T12:00");
  });

  it("offers whole staff-local days up to today + the booking window", () => {
    const slots = slotsFor({
      service: { bookingWindowDays: 2 },
      staff: { timeZone: BERLIN, rules: weekdays },
      ...WEEK,
      now: zoned(BERLIN, "2026-06-01T15:30"),
    });
    const times = wallTimes(slots, BERLIN);
    expect(times[0]).toBe("2026-06-01T16:00");
    expect(times.at(-1)).toBe("2026-06-03T16:00");
    expect(slotsFor({ service: { bookingWindowDays: 0 }, staff: { timeZone: BERLIN, rules: weekdays }, ...WEEK, now: zoned(BERLIN, "2026-06-01T08:00") })).toHaveLength(8);
  });

  it("closes a day once it has max bookings, counted per staff-local date", () => {
    const slots = slotsFor({
      service: { maxBookingsPerDay: 2 },
      staff: {
        timeZone: BERLIN,
        rules: weekdays,
        // Two on Tuesday (one at 00:30 local, which is Monday in UTC), one on Wednesday.
        bookingStarts: [zoned(BERLIN, "2026-06-02T00:30"), zoned(BERLIN, "2026-06-02T15:00"), zoned(BERLIN, "2026-06-03T09:00")],
      },
      ...WEEK,
    });
    const dates = new Set(wallTimes(slots, BERLIN).map((t) => t.slice(0, 10)));
    expect([...dates]).toEqual(["2026-06-01", "2026-06-03", "2026-06-04", "2026-06-05"]);
  });

  it("counts a booking after midnight toward the date its night range started", () => {
    const slots = slotsFor({
      service: { maxBookingsPerDay: 1 },
      staff: {
        timeZone: BERLIN,
        rules: [
          { weekday: 2, ranges: [range("22:00", "02:00")] },
          { weekday: 3, ranges: [range("10:00", "12:00")] },
        ],
        bookingStarts: [zoned(BERLIN, "2026-06-03T01:00")],
      },
      ...WEEK,
    });
    expect(wallTimes(slots, BERLIN)).toEqual(["2026-06-03T10:00", "2026-06-03T11:00"]);
  });
});

describe("computeSlots: anyone", () => {
  const member = (id: string, timeZone: string, start: string, end: string, extra: Partial<StaffAvailability> = {}): StaffAvailability => ({
    id,
    timeZone,
    rules: [{ weekday: 1, ranges: [range(start, end)] }],
    ...extra,
  });

  it("merges staff into one list, each slot naming everyone free then, in the order given", () => {
    const slots = computeSlots({
      service: { durationMinutes: 60 },
      staff: [member("bea", BERLIN, "10:00", "13:00"), member("ali", BERLIN, "09:00", "12:00", { busy: busy(["2026-06-01T11:00", "2026-06-01T12:00"]) })],
      range: { from: new Date(MONDAY.from), to: new Date(MONDAY.to) },
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expectWellFormed(slots, 60);
    expect(wallTimes(slots, BERLIN).map((t) => t.slice(11))).toEqual(["09:00", "10:00", "11:00", "12:00"]);
    expect(slots.map((slot) => slot.staffIds)).toEqual([["ali"], ["bea", "ali"], ["bea"], ["bea"]]);
  });

  it("joins staff in different zones on the same instant", () => {
    const slots = computeSlots({
      service: { durationMinutes: 60 },
      staff: [member("berlin", BERLIN, "09:00", "10:00"), member("london", "Europe/London", "08:00", "09:00"), member("ny", "America/New_York", "03:00", "04:00")],
      range: { from: new Date(MONDAY.from), to: new Date(MONDAY.to) },
      now: new Date("2026-01-01T00:00:00Z"),
    });
    expect(slots).toEqual([{ start: new Date("2026-06-01T07:00:00Z"), end: new Date("2026-06-01T08:00:00Z"), staffIds: ["berlin", "london", "ny"] }]);
  });

  it("offers a start once per staff member even when two of their ranges produce it", () => {
    const slots = slotsFor({ staff: { timeZone: BERLIN, rules: mondays(range("09:00", "11:00"), range("09:00", "10:00")) }, ...MONDAY });
    expect(slots.map((slot) => slot.staffIds)).toEqual([["s1"], ["s1"]]);
  });
});

describe("computeSlots: bad input", () => {
  const base = { staff: { timeZone: BERLIN, rules: mondays(range("09:00", "17:00")) }, ...MONDAY };

  it.each([
    ["a bad time", { ...base, staff: { timeZone: BERLIN, rules: mondays(range("09:00", "25:00")) } }],
    ["an unknown zone", { ...base, staff: { timeZone: "Berlin", rules: mondays(range("09:00", "17:00")) } }],
    ["weekday 0", { ...base, staff: { timeZone: BERLIN, rules: [{ weekday: 0 as 1, ranges: [range("09:00", "17:00")] }] } }],
    ["a bad override date", { ...base, staff: { timeZone: BERLIN, rules: [], overrides: [{ date: "2026-13-01", ranges: [] }] } }],
    ["a zero duration", { ...base, service: { durationMinutes: 0 } }],
    ["a two-year range", { ...base, from: "2026-01-01T00:00:00Z", to: "2028-01-01T00:00:00Z" }],
    ["an invalid date", { ...base, from: "not a date" }],
  ])("refuses %s with a clear BAD_INPUT error", (_name, options) => {
    expect(() => slotsFor(options)).toThrow(AppError);
  });
});
