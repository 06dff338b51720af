import { Temporal } from "temporal-polyfill";

// Campaign days and campaign start/end are calendar dates, not instants: stored as UTC midnight
// of that date and always read back in UTC, so "2025-03-30" stays that day in any time zone.
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** "2025-03-30" (or 2025/3/30) -> UTC midnight of that date; null when it is not a real date in 2000-2099. */
export function parseCalendarDate(input: string): Date | null {
  const m = ISO_DATE.exec(String(input ?? "").trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 2000 || y > 2099) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

/** UTC midnight -> "YYYY-MM-DD". */
export const toIsoDate = (date: Date) => date.toISOString().slice(0, 10);

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** Today's date in a time zone, as UTC midnight of that date. */
export function todayIn(timeZone: string, now: Date = new Date()): Date {
  return parseCalendarDate(Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString())!;
}

/** Days from `from` to `to`, both included. */
export const daysInRange = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1;

export function formatCalendarDate(date: Date, locale = "en-US"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
