import { AppError } from "@/lib/errors";
import { isoWeekday, localDateToMs, MS_PER_DAY, MS_PER_MINUTE, startOfLocalDate, type LocalMs, type ZoneTimeline } from "./build-zone-timeline";
import { parseTimeRange } from "../slots/parse-time-range";
import type { StaffAvailability, TimeRange } from "../types";

/** A working range of one local date, in minutes after that date's local midnight (end may pass 1440). */
export interface MinuteRange {
  startMinute: number;
  endMinute: number;
}

/** One staff member's working time, date by date, in their own zone. */
export interface StaffCalendar {
  /** The ranges that belong to a local date (override or weekly rules), sorted by start. */
  rangesOf(date: LocalMs): readonly MinuteRange[];
  /** The same ranges as merged, sorted UTC ms intervals [start, end). */
  intervalsOf(date: LocalMs): readonly (readonly [number, number])[];
  /**
   * The local date a moment of work belongs to: the previous date when one of its ranges
   * (crossing midnight) holds the moment, otherwise the moment's own wall-clock date.
   */
  workDateOf(instant: number): LocalMs;
}

function parseRanges(ranges: readonly TimeRange[]): MinuteRange[] {
  return ranges.map(parseTimeRange);
}

export function buildStaffCalendar(options: { staff: StaffAvailability; timeline: ZoneTimeline }): StaffCalendar {
  const { staff, timeline } = options;
  const weekly: MinuteRange[][] = [[], [], [], [], [], [], [], []];
  for (const rule of staff.rules) {
    if (!Number.isInteger(rule.weekday) || rule.weekday < 1 || rule.weekday > 7) {
      throw new AppError("BAD_INPUT", `Weekday ${rule.weekday} is not 1 (Monday) to 7 (Sunday).`);
    }
    weekly[rule.weekday].push(...parseRanges(rule.ranges));
  }
  for (const list of weekly) list.sort((a, b) => a.startMinute - b.startMinute);
  const overrides = new Map<LocalMs, MinuteRange[]>();
  for (const override of staff.overrides ?? []) {
    const date = localDateToMs(override.date);
    overrides.set(date, [...(overrides.get(date) ?? []), ...parseRanges(override.ranges)]);
  }
  for (const list of overrides.values()) list.sort((a, b) => a.startMinute - b.startMinute);

  const rangesOf = (date: LocalMs) => overrides.get(date) ?? weekly[isoWeekday(date)];
  const intervalCache = new Map<LocalMs, [number, number][]>();

  function intervalsOf(date: LocalMs): [number, number][] {
    const cached = intervalCache.get(date);
    if (cached) return cached;
    const pairs: [number, number][] = [];
    for (const range of rangesOf(date)) {
      // Boundaries in a gap move forward (Temporal's "compatible"), those in an overlap take
      // the first occurrence, so the real working time is never counted twice.
      const start = timeline.toInstantCompatible(date + range.startMinute * MS_PER_MINUTE);
      const end = timeline.toInstantCompatible(date + range.endMinute * MS_PER_MINUTE);
      if (end > start) pairs.push([start, end]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const pair of pairs) {
      const last = merged[merged.length - 1];
      if (last && pair[0] <= last[1]) last[1] = Math.max(last[1], pair[1]);
      else merged.push([pair[0], pair[1]]);
    }
    intervalCache.set(date, merged);
    return merged;
  }

  return {
    rangesOf,
    intervalsOf,
    workDateOf(instant) {
      const date = startOfLocalDate(timeline.toLocal(instant));
      const previous = date - MS_PER_DAY;
      const inPrevious = intervalsOf(previous).some(([start, end]) => instant >= start && instant < end);
      return inPrevious ? previous : date;
    },
  };
}
