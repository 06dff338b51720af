import { AppError } from "@/lib/errors";
import type { TimeRange } from "../types";

const MINUTES_PER_DAY = 24 * 60;
const TIME_PATTERN = /^(\d{1,2}):(\d{2})$/;

/** "HH:MM" -> minutes after local midnight; "24:00" only where `allowMidnightEnd`. */
export function parseTimeOfDay(value: string, allowMidnightEnd = false): number {
  const match = TIME_PATTERN.exec(value);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  const ok = hours < 24 ? minutes < 60 : allowMidnightEnd && hours === 24 && minutes === 0;
  if (!match || !ok) throw new AppError("BAD_INPUT", `"${value}" is not a time of day (HH:MM).`);
  return hours * 60 + minutes;
}

/**
 * A wall-clock range as minutes after the local midnight of the date it belongs to.
 * The end is always after the start: an end at or before the start crosses midnight, so
 * "22:00"-"02:00" is 1320-1560 and "00:00"-"00:00" is 0-1440.
 */
export function parseTimeRange(range: TimeRange): { startMinute: number; endMinute: number } {
  const startMinute = parseTimeOfDay(range.start);
  let endMinute = parseTimeOfDay(range.end, true);
  if (endMinute <= startMinute) endMinute += MINUTES_PER_DAY;
  return { startMinute, endMinute };
}

/** "YYYY-MM-DD" of a real calendar date, or a BAD_INPUT error. */
export function parseLocalDate(value: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new AppError("BAD_INPUT", `"${value}" is not a date (YYYY-MM-DD).`);
}
