// computeSlots against a deliberately naive reference: every wall time resolved by Temporal
// itself, busy time scanned linearly, no shortcuts. Random staff, hours (some crossing
// midnight), overrides, buffers, steps and busy time, around daylight-saving changes.
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { computeSlots } from "./compute-slots";
import { parseTimeRange } from "./parse-time-range";
import type { ComputeSlotsOptions, StaffAvailability, TimeRange, Weekday } from "../types";

const CHANGES: [string, string][] = [
  ["Europe/Berlin", "2026-03-29"],
  ["Europe/Berlin", "2026-10-25"],
  ["America/New_York", "2026-03-08"],
  ["America/New_York", "2026-11-01"],
  ["Australia/Lord_Howe", "2026-04-05"],
  ["Australia/Sydney", "2026-10-04"],
  ["Asia/Kathmandu", "2026-06-01"],
  ["Asia/Kolkata", "2026-06-01"],
];

function referenceSlots(options: ComputeSlotsOptions): { start: string; staffIds: string[] }[] {
  const s = options.service;
  const [before, after, step] = [s.bufferBeforeMinutes ?? 0, s.bufferAfterMinutes ?? 0, s.slotIntervalMinutes ?? s.durationMinutes];
  const from = options.range.from.getTime();
  const to = options.range.to.getTime();
  const earliest = Math.max(from, options.now.getTime() + (s.minimumNoticeMinutes ?? 0) * 60_000);
  const byStart = new Map<number, string[]>();
  for (const staff of options.staff) {
    const tz = staff.timeZone;
    const localDate = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(tz).toPlainDate();
    const today = localDate(options.now.getTime());
    const busy = (staff.busy ?? []).flatMap((source) => source.intervals.map((i) => [i.start.getTime(), i.end.getTime()]));
    const resolve = (date: Temporal.PlainDate, minute: number, mode: "compatible" | "exists") => {
      const wall = date.toPlainDateTime().add({ minutes: minute });
      const zdt = wall.toZonedDateTime(tz, { disambiguation: mode === "compatible" ? "compatible" : "earlier" });
      if (mode === "exists" && !zdt.toPlainDateTime().equals(wall)) return null;
      return zdt.epochMilliseconds;
    };
    for (let date = localDate(from).subtract({ days: 2 }); Temporal.PlainDate.compare(date, localDate(to).add({ days: 1 })) <= 0; date = date.add({ days: 1 })) {
      if (s.bookingWindowDays != null && today.until(date).days > s.bookingWindowDays) continue;
      const override = staff.overrides?.find((o) => o.date === date.toString());
      const ranges = (override ? override.ranges : staff.rules.filter((r) => r.weekday === date.dayOfWeek).flatMap((r) => r.ranges)).map(parseTimeRange);
      const working = ranges.map((r) => [resolve(date, r.startMinute, "compatible")!, resolve(date, r.endMinute, "compatible")!]);
      for (const r of ranges) {
        for (let minute = r.startMinute + before; minute < r.endMinute; minute += step) {
          const start = resolve(date, minute, "exists");
          if (start === null || start < earliest || start >= to) continue;
          const [a, b] = [start - before * 60_000, start + (s.durationMinutes + after) * 60_000];
          // Working time of the date as a union: walk forward from `a` through touching ranges.
          let covered = a;
          for (let grew = true; grew && covered < b;) {
            grew = false;
            for (const [ws, we] of working)
              if (ws <= covered && we > covered) {
                covered = we;
                grew = true;
              }
          }
          if (covered < b || busy.some(([bs, be]) => bs < b && be > a)) continue;
          const ids = byStart.get(start) ?? [];
          if (!ids.includes(staff.id)) ids.push(staff.id);
          byStart.set(start, ids);
        }
      }
    }
  }
  return [...byStart].sort((x, y) => x[0] - y[0]).map(([start, staffIds]) => ({ start: new Date(start).toISOString(), staffIds }));
}

let seed = 20_260_329;
const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const hhmm = (minute: number) => `${String(Math.floor(minute / 60) % 24).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
const randomRange = (): TimeRange => {
  const start = Math.floor(random() * 96) * 15;
  return { start: hhmm(start), end: hhmm(start + 30 + Math.floor(random() * 28) * 15) };
};

function randomCase(): ComputeSlotsOptions {
  const [caseZone, day] = pick(CHANGES);
  const center = new Date(`${day}T12:00:00Z`).getTime();
  const staff: StaffAvailability[] = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, index) => {
    const timeZone = index === 0 ? caseZone : pick(CHANGES)[0];
    return {
      id: `s${index}`,
      timeZone,
      rules: ([1, 2, 3, 4, 5, 6, 7] as Weekday[])
        .filter(() => random() < 0.8)
        .map((weekday) => ({
          weekday,
          ranges: Array.from({ length: 1 + Math.floor(random() * 2) }, randomRange),
        })),
      overrides: random() < 0.5 ? [{ date: day, ranges: random() < 0.5 ? [] : [randomRange()] }] : [],
      busy: [
        {
          source: "bookings",
          intervals: Array.from({ length: Math.floor(random() * 8) }, () => {
            const start = center + Math.floor((random() - 0.5) * 4 * 96) * 15 * 60_000;
            return { start: new Date(start), end: new Date(start + (15 + Math.floor(random() * 8) * 15) * 60_000) };
          }),
        },
      ],
    };
  });
  const durationMinutes = pick([15, 30, 45, 60, 90]);
  return {
    service: {
      durationMinutes,
      bufferBeforeMinutes: pick([0, 0, 5, 15]),
      bufferAfterMinutes: pick([0, 0, 10, 30]),
      slotIntervalMinutes: pick([null, 15, 20, 30, 45]),
      minimumNoticeMinutes: pick([0, 0, 120]),
      bookingWindowDays: pick([null, null, 3]),
    },
    staff,
    range: { from: new Date(center - 2 * 86_400_000 + Math.floor(random() * 24) * 3_600_000), to: new Date(center + 2 * 86_400_000) },
    now: new Date(center - pick([3, 1.3]) * 86_400_000),
  };
}

describe("computeSlots agrees with a naive Temporal reference", () => {
  it("on 60 random schedules around DST changes and odd-offset zones", () => {
    let compared = 0;
    for (let i = 0; i < 60; i++) {
      const options = randomCase();
      const actual = computeSlots(options).map((slot) => ({ start: slot.start.toISOString(), staffIds: slot.staffIds }));
      expect(actual, JSON.stringify(options)).toEqual(referenceSlots(options));
      compared += actual.length;
    }
    expect(compared).toBeGreaterThan(500);
  });
});
