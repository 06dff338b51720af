import { addDays, daysInRange, parseCalendarDate, toIsoDate, todayIn } from "./calendar-date";

// The date range of the campaign pages, from the query string (?from=&to=), read leniently:
// a missing or bad value falls back to the last 30 days in the org's time zone.
export type DateRange = { from: Date; to: Date; days: number };

export const MAX_RANGE_DAYS = 731;

export function parseDateRange({ from, to, timeZone, now }: { from?: string; to?: string; timeZone: string; now?: Date }): DateRange {
  const today = todayIn(timeZone, now);
  let end = (to && parseCalendarDate(to)) || today;
  let start = (from && parseCalendarDate(from)) || addDays(end, -29);
  if (start > end) [start, end] = [end, start];
  if (daysInRange(start, end) > MAX_RANGE_DAYS) start = addDays(end, -(MAX_RANGE_DAYS - 1));
  return { from: start, to: end, days: daysInRange(start, end) };
}

export const rangeQuery = (r: DateRange) => ({ from: toIsoDate(r.from), to: toIsoDate(r.to) });

/** Quick picks for the range form: last 7/30/90 days ending today. */
export function rangePresets(timeZone: string, now?: Date) {
  const today = todayIn(timeZone, now);
  return [7, 30, 90].map((days) => ({ label: `Last ${days} days`, from: toIsoDate(addDays(today, -(days - 1))), to: toIsoDate(today) }));
}
