import { z } from "zod";
import { parseLocalDate, parseTimeRange } from "../slots/parse-time-range";
import type { TimeRange, Weekday } from "../types";

// Working-hours input from the dashboard editors: a JSON field holding ranges of "HH:MM".
// Rules: valid times, start != end, no two ranges of one day overlap (an end before the start
// crosses midnight, which is allowed), and a range crossing midnight does not run into the
// next day's first ranges. Errors point at "hours.<weekday>.<index>" / "ranges.<index>".
export const MAX_RANGES_PER_DAY = 12;
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const END_TIME = /^(([01]?\d|2[0-3]):([0-5]\d)|24:00)$/;
const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

const pad = (t: string) => (t.length === 4 ? `0${t}` : t);
type Issue = { path: (string | number)[]; message: string };

/** Checks one day's ranges; returns normalized ranges ("9:00" -> "09:00") and issues by index. */
export function checkDayRanges(ranges: readonly TimeRange[], path: (string | number)[]): { ranges: TimeRange[]; issues: Issue[] } {
  const issues: Issue[] = [];
  if (ranges.length > MAX_RANGES_PER_DAY) issues.push({ path, message: `Use at most ${MAX_RANGES_PER_DAY} ranges a day` });
  const normalized = ranges.map((r) => ({ start: pad(String(r.start ?? "").trim()), end: pad(String(r.end ?? "").trim()) }));
  const parsed: { index: number; startMinute: number; endMinute: number }[] = [];
  normalized.forEach((r, index) => {
    if (!TIME.test(r.start)) issues.push({ path: [...path, index], message: `Start "${r.start.slice(0, 8)}" is not a time (HH:MM)` });
    else if (!END_TIME.test(r.end)) issues.push({ path: [...path, index], message: `End "${r.end.slice(0, 8)}" is not a time (HH:MM)` });
    else if (r.start === r.end || (r.start === "00:00" && r.end === "24:00")) {
      if (r.start !== "00:00") issues.push({ path: [...path, index], message: "Start and end are the same" });
      else parsed.push({ index, startMinute: 0, endMinute: 1440 });
    } else parsed.push({ index, ...parseTimeRange(r) });
  });
  const sorted = [...parsed].sort((a, b) => a.startMinute - b.startMinute);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (cur.startMinute < prev.endMinute) {
      const other = normalized[prev.index];
      issues.push({ path: [...path, cur.index], message: `Overlaps ${other.start}–${other.end}` });
    }
  }
  return { ranges: normalized, issues };
}

/** Minutes a day's ranges run past the next midnight (0 when none cross it). */
function spillMinutes(ranges: readonly TimeRange[]): number {
  let spill = 0;
  for (const r of ranges) {
    if (!TIME.test(r.start) || !END_TIME.test(r.end) || r.start === r.end) continue;
    spill = Math.max(spill, parseTimeRange(r).endMinute - 1440);
  }
  return spill;
}

const rangeShape = z.object({ start: z.string().max(8), end: z.string().max(8) });
const jsonField = <T extends z.ZodType>(shape: T, what: string) =>
  z
    .string({ error: `${what} are missing` })
    .max(20_000, `${what} are too long`)
    .transform((s, ctx) => {
      let value: unknown;
      try {
        value = JSON.parse(s);
      } catch {
        ctx.addIssue({ code: "custom", message: `${what} could not be read` });
        return z.NEVER;
      }
      const parsed = shape.safeParse(value);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: `${what} could not be read` });
        return z.NEVER;
      }
      return parsed.data as z.infer<T>;
    });

export type WeeklyHours = Record<Weekday, TimeRange[]>;

/** `hours`: JSON {"1": [{start, end}], ...}; weekdays left out have no hours. */
export const weeklyHoursField = jsonField(z.partialRecord(z.enum(["1", "2", "3", "4", "5", "6", "7"]), z.array(rangeShape).max(50)), "Working hours").transform((raw, ctx): WeeklyHours => {
  const out = {} as WeeklyHours;
  for (const day of weekdays) {
    const { ranges, issues } = checkDayRanges(raw[String(day) as "1"] ?? [], [String(day)]);
    out[day] = ranges;
    for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  }
  for (const day of weekdays) {
    const spill = spillMinutes(out[day]);
    if (spill === 0) continue;
    const next = (day % 7) + 1;
    out[next as Weekday].forEach((r, index) => {
      if (TIME.test(r.start) && parseTimeRange(r).startMinute < spill) ctx.addIssue({ code: "custom", path: [String(next), index], message: "Overlaps the previous day's hours that run past midnight" });
    });
  }
  return out;
});

/** `ranges`: JSON [{start, end}] for one date; [] is a day off. */
export const dayRangesField = jsonField(z.array(rangeShape).max(50), "Hours").transform((raw, ctx) => {
  const { ranges, issues } = checkDayRanges(raw, []);
  for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  return ranges;
});

export const localDateField = z.string({ error: "Choose a date" }).refine((s) => {
  try {
    parseLocalDate(s);
    return true;
  } catch {
    return false;
  }
}, "Choose a valid date (YYYY-MM-DD)");

/** Weekly hours as rows of the AvailabilityRule table. */
export function weeklyHoursToRules(hours: WeeklyHours) {
  return weekdays.flatMap((weekday) => hours[weekday].map((r) => ({ weekday, startTime: r.start, endTime: r.end })));
}
