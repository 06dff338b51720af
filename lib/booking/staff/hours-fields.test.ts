import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dayRangesField, localDateField, weeklyHoursField, weeklyHoursToRules } from "./hours-fields";
import { staffFieldsSchema } from "./staff-fields";

const weekly = z.object({ hours: weeklyHoursField });
const day = z.object({ ranges: dayRangesField });
const issues = (r: z.ZodSafeParseResult<unknown>) => (r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message])));

describe("weeklyHoursField", () => {
  it("accepts several ranges a day, pads H:MM, allows 24:00 and midnight-crossing ends", () => {
    const r = weekly.safeParse({
      hours: JSON.stringify({
        1: [
          { start: "9:00", end: "12:00" },
          { start: "13:00", end: "24:00" },
        ],
        5: [{ start: "20:00", end: "02:00" }],
      }),
    });
    expect(r.success).toBe(true);
    expect(r.success && weeklyHoursToRules(r.data.hours)).toEqual([
      { weekday: 1, startTime: "09:00", endTime: "12:00" },
      { weekday: 1, startTime: "13:00", endTime: "24:00" },
      { weekday: 5, startTime: "20:00", endTime: "02:00" },
    ]);
  });

  it("points at each bad range: overlap, bad time, same start and end, spill into the next day", () => {
    const r = weekly.safeParse({
      hours: JSON.stringify({
        1: [
          { start: "09:00", end: "13:00" },
          { start: "12:59", end: "15:00" },
        ],
        2: [
          { start: "9", end: "10:00" },
          { start: "10:00", end: "24:30" },
          { start: "11:00", end: "11:00" },
        ],
        7: [{ start: "22:00", end: "09:30" }],
        3: [{ start: "00:00", end: "00:00" }],
      }),
    });
    expect(issues(r)).toEqual({
      "hours.1.1": "Overlaps 09:00–13:00",
      "hours.2.0": 'Start "9" is not a time (HH:MM)',
      "hours.2.1": 'End "24:30" is not a time (HH:MM)',
      "hours.2.2": "Start and end are the same",
      "hours.1.0": "Overlaps the previous day's hours that run past midnight",
    });
    // Touching ranges do not overlap; 00:00-00:00 is a full day.
    expect(
      weekly.safeParse({
        hours: JSON.stringify({
          4: [
            { start: "09:00", end: "12:00" },
            { start: "12:00", end: "15:00" },
          ],
          6: [{ start: "00:00", end: "00:00" }],
        }),
      }).success,
    ).toBe(true);
  });

  it("refuses JSON it cannot read and too many ranges", () => {
    expect(issues(weekly.safeParse({ hours: "nope" }))).toEqual({ hours: "Working hours could not be read" });
    expect(issues(weekly.safeParse({ hours: JSON.stringify({ 8: [] }) }))).toEqual({ hours: "Working hours could not be read" });
    const many = Array.from({ length: 13 }, (_, i) => ({ start: `${String(i).padStart(2, "0")}:00`, end: `${String(i).padStart(2, "0")}:30` }));
    expect(issues(weekly.safeParse({ hours: JSON.stringify({ 1: many }) }))).toEqual({ "hours.1": "Use at most 12 ranges a day" });
  });
});

describe("one date's ranges, dates and staff details", () => {
  it("validates a date's ranges the same way", () => {
    expect(day.safeParse({ ranges: "[]" })).toMatchObject({ success: true, data: { ranges: [] } });
    expect(
      issues(
        day.safeParse({
          ranges: JSON.stringify([
            { start: "10:00", end: "14:00" },
            { start: "13:00", end: "15:00" },
          ]),
        }),
      ),
    ).toEqual({ "ranges.1": "Overlaps 10:00–14:00" });
  });

  it("accepts only real calendar dates", () => {
    expect(localDateField.safeParse("2028-02-29").success).toBe(true);
    expect(localDateField.safeParse("2027-02-29").success).toBe(false);
    expect(localDateField.safeParse("tomorrow").success).toBe(false);
  });

  it("staff details: IANA zone, optional email and user link", () => {
    expect(staffFieldsSchema.safeParse({ name: " Ana ", email: "", timeZone: "Europe/Lisbon", userId: "" })).toMatchObject({ success: true, data: { name: "Ana", email: null, timeZone: "Europe/Lisbon", userId: null } });
    expect(issues(staffFieldsSchema.safeParse({ name: "", email: "x", timeZone: "Berlin" }))).toEqual({ name: "Name is required", email: "Enter a valid email address", timeZone: "Choose a valid time zone" });
  });
});
