// Daylight-saving changes in both directions, half-hour and 45-minute zones. Expected instants
// are written out by hand or come from Temporal (test-helpers), never from the code under test.
import { describe, expect, it } from "vitest";
import { everyDay, expectWellFormed, isoStarts, range, slotsFor, wallTimes, zoned } from "../../../test/booking-helpers";

const BERLIN = "Europe/Berlin";
const NEW_YORK = "America/New_York";
const halfHours = (from: number, to: number) => Array.from({ length: (to - from) * 2 }, (_, i) => `${String(from + Math.floor(i / 2)).padStart(2, "0")}:${i % 2 ? "30" : "00"}`);
const timesOn = (times: string[], date: string) => times.filter((t) => t.startsWith(date)).map((t) => t.slice(11));

describe.each([
  { zone: BERLIN, spring: "2026-03-29", fall: "2026-10-25", gapHour: 2, overlapHour: 2 },
  { zone: NEW_YORK, spring: "2026-03-08", fall: "2026-11-01", gapHour: 2, overlapHour: 1 },
])("DST in $zone", ({ zone, spring, fall, gapHour, overlapHour }) => {
  const night = { service: { durationMinutes: 30 }, staff: { timeZone: zone, rules: everyDay(range("00:00", "06:00")) } };
  const h = (hour: number) => String(hour).padStart(2, "0");

  it(`spring forward (${spring}): the missing hour's wall times are skipped, nothing else is`, () => {
    const slots = slotsFor({ ...night, from: zoned(zone, `${spring}T00:00`), to: zoned(zone, `${spring}T12:00`) });
    expectWellFormed(slots, 30);
    const expected = halfHours(0, 6).filter((t) => !t.startsWith(h(gapHour)));
    expect(timesOn(wallTimes(slots, zone), spring)).toEqual(expected);
    expect(slots).toHaveLength(10);
    // Every instant is the real one for its wall time.
    for (const slot of slots) {
      const wall = wallTimes([slot], zone)[0];
      expect(slot.start).toEqual(zoned(zone, wall));
    }
  });

  it(`fall back (${fall}): the repeated hour is offered once, at its first occurrence`, () => {
    const slots = slotsFor({ ...night, from: zoned(zone, `${fall}T00:00`), to: zoned(zone, `${fall}T12:00`) });
    expectWellFormed(slots, 30);
    expect(timesOn(wallTimes(slots, zone), fall)).toEqual(halfHours(0, 6));
    const repeated = slots.filter((slot) => wallTimes([slot], zone)[0].slice(11, 13) === h(overlapHour));
    expect(repeated.map((slot) => slot.start)).toEqual([zoned(zone, `${fall}T${h(overlapHour)}:00`, "earlier"), zoned(zone, `${fall}T${h(overlapHour)}:30`, "earlier")]);
  });

  it("office hours keep their local time every day of a week across each change", () => {
    for (const change of [spring, fall]) {
      const day = new Date(`${change}T12:00:00Z`).getTime();
      const from = new Date(day - 3 * 86_400_000).toISOString().slice(0, 10);
      const to = new Date(day + 4 * 86_400_000).toISOString().slice(0, 10);
      const slots = slotsFor({ staff: { timeZone: zone, rules: everyDay(range("09:00", "17:00")) }, from: zoned(zone, `${from}T00:00`), to: zoned(zone, `${to}T00:00`) });
      expectWellFormed(slots, 60);
      expect(slots).toHaveLength(7 * 8);
      const times = wallTimes(slots, zone);
      expect(new Set(times.map((t) => t.slice(11)))).toEqual(new Set(["09", "10", "11", "12", "13", "14", "15", "16"].map((x) => `${x}:00`)));
      for (let i = 0; i < slots.length; i++) expect(slots[i].start).toEqual(zoned(zone, times[i]));
    }
  });
});

describe("DST: exact UTC instants", () => {
  it("Berlin 2026-03-29: 01:00 is 00:00Z, 03:00 is 01:00Z; a 60-minute slot across the jump lasts 60 real minutes", () => {
    const slots = slotsFor({
      service: { durationMinutes: 60, slotIntervalMinutes: 30 },
      staff: { timeZone: BERLIN, rules: everyDay(range("01:00", "04:00")) },
      from: "2026-03-29T00:00:00Z",
      to: "2026-03-29T12:00:00Z",
    });
    // 01:30 + 60 real minutes ends at 03:30 CEST; 03:30 would end at 04:30, past closing.
    expect(isoStarts(slots)).toEqual(["2026-03-29T00:00:00.000Z", "2026-03-29T00:30:00.000Z", "2026-03-29T01:00:00.000Z"]);
    expect(wallTimes(slots, BERLIN)).toEqual(["2026-03-29T01:00", "2026-03-29T01:30", "2026-03-29T03:00"]);
  });

  it("Berlin 2026-03-29: a 45-minute grid skips 02:15 rather than moving it to another time", () => {
    const slots = slotsFor({
      service: { durationMinutes: 45 },
      staff: { timeZone: BERLIN, rules: everyDay(range("00:00", "06:00")) },
      from: "2026-03-28T12:00:00Z",
      to: "2026-03-29T12:00:00Z",
    });
    expectWellFormed(slots, 45);
    expect(wallTimes(slots, BERLIN).map((t) => t.slice(11))).toEqual(["00:00", "00:45", "01:30", "03:00", "03:45", "04:30", "05:15"]);
  });

  it("Berlin 2026-10-25: 02:00 and 02:30 are CEST (00:00Z, 00:30Z), 03:00 is CET (02:00Z)", () => {
    const slots = slotsFor({
      service: { durationMinutes: 30 },
      staff: { timeZone: BERLIN, rules: everyDay(range("02:00", "03:30")) },
      from: "2026-10-24T12:00:00Z",
      to: "2026-10-25T12:00:00Z",
    });
    expect(isoStarts(slots)).toEqual(["2026-10-25T00:00:00.000Z", "2026-10-25T00:30:00.000Z", "2026-10-25T02:00:00.000Z"]);
  });

  it("New York 2026-03-08: 01:30 is 06:30Z, 03:00 is 07:00Z", () => {
    const slots = slotsFor({
      service: { durationMinutes: 30 },
      staff: { timeZone: NEW_YORK, rules: everyDay(range("01:30", "03:30")) },
      from: "2026-03-08T00:00:00Z",
      to: "2026-03-08T12:00:00Z",
    });
    expect(isoStarts(slots)).toEqual(["2026-03-08T06:30:00.000Z", "2026-03-08T07:00:00.000Z"]);
  });

  it("New York 2026-11-01: a 22:00-03:00 night shift from Saturday crosses midnight and the repeated hour", () => {
    const slots = slotsFor({
      staff: { timeZone: NEW_YORK, rules: [{ weekday: 6, ranges: [range("22:00", "03:00")] }] },
      from: "2026-10-31T00:00:00Z",
      to: "2026-11-02T00:00:00Z",
    });
    // 22:00, 23:00, 00:00, 01:00 EDT (-4), then 02:00 EST (-5), which ends at 03:00 EST.
    expect(isoStarts(slots)).toEqual(["2026-11-01T02:00:00.000Z", "2026-11-01T03:00:00.000Z", "2026-11-01T04:00:00.000Z", "2026-11-01T05:00:00.000Z", "2026-11-01T07:00:00.000Z"]);
  });

  it("Berlin 2026-03-28: a 22:00-04:00 Saturday night shift crosses midnight and skips the missing hour", () => {
    const slots = slotsFor({
      staff: { timeZone: BERLIN, rules: [{ weekday: 6, ranges: [range("22:00", "04:00")] }] },
      from: "2026-03-28T00:00:00Z",
      to: "2026-03-30T00:00:00Z",
    });
    expect(wallTimes(slots, BERLIN)).toEqual(["2026-03-28T22:00", "2026-03-28T23:00", "2026-03-29T00:00", "2026-03-29T01:00", "2026-03-29T03:00"]);
    expect(isoStarts(slots)[4]).toBe("2026-03-29T01:00:00.000Z");
  });

  it("a busy interval across the change blocks by real time", () => {
    const slots = slotsFor({
      service: { durationMinutes: 30 },
      staff: {
        timeZone: NEW_YORK,
        rules: everyDay(range("00:00", "04:00")),
        busy: [{ source: "bookings", intervals: [{ start: new Date("2026-11-01T05:30:00Z"), end: new Date("2026-11-01T07:30:00Z") }] }],
      },
      from: "2026-11-01T00:00:00Z",
      to: "2026-11-01T12:00:00Z",
    });
    expectWellFormed(slots, 30);
    expect(wallTimes(slots, NEW_YORK).map((t) => t.slice(11))).toEqual(["00:00", "00:30", "01:00", "02:30", "03:00", "03:30"]);
  });
});

describe("half-hour and 45-minute zones", () => {
  it("Asia/Kolkata (+05:30): 09:00 is 03:30Z", () => {
    const slots = slotsFor({ staff: { timeZone: "Asia/Kolkata", rules: everyDay(range("09:00", "11:00")) }, from: "2026-06-01T00:00:00Z", to: "2026-06-02T00:00:00Z" });
    expect(isoStarts(slots)).toEqual(["2026-06-01T03:30:00.000Z", "2026-06-01T04:30:00.000Z"]);
  });

  it("Asia/Kathmandu (+05:45): 09:00 is 03:15Z, and a local date starts at 18:15Z the day before", () => {
    const slots = slotsFor({
      service: { durationMinutes: 30 },
      staff: { timeZone: "Asia/Kathmandu", rules: [{ weekday: 2, ranges: [range("00:00", "01:00"), range("09:00", "09:30")] }] },
      from: "2026-06-01T00:00:00Z",
      to: "2026-06-03T00:00:00Z",
    });
    // Tuesday 2026-06-02 in Kathmandu begins on Monday in UTC.
    expect(isoStarts(slots)).toEqual(["2026-06-01T18:15:00.000Z", "2026-06-01T18:45:00.000Z", "2026-06-02T03:15:00.000Z"]);
  });

  it("Asia/Kathmandu: a UTC range that cuts the local day in two keeps only slots inside it", () => {
    const slots = slotsFor({
      service: { durationMinutes: 15 },
      staff: { timeZone: "Asia/Kathmandu", rules: everyDay(range("23:00", "01:00")) },
      from: "2026-06-01T18:00:00Z",
      to: "2026-06-01T18:30:00Z",
    });
    expect(wallTimes(slots, "Asia/Kathmandu")).toEqual(["2026-06-01T23:45", "2026-06-02T00:00"]);
  });
});
