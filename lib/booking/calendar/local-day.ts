import { Temporal } from "temporal-polyfill";

// Calendar dates ("YYYY-MM-DD") in a time zone <-> UTC instants, for the dashboard's calendar
// and date filters (the org's zone). Pure.
export const isLocalDate = (s: unknown): s is string => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s) && safeDate(s) !== null;

function safeDate(s: string): Temporal.PlainDate | null {
  try {
    return Temporal.PlainDate.from(s, { overflow: "reject" });
  } catch {
    return null;
  }
}

/** The instant the local date starts in `timeZone` (midnight, or the first moment after a gap). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  return new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds);
}

export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** The local date of an instant. */
export function localDateOf(at: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** Minutes since local midnight of the instant's own local date. */
export function localMinutesOf(at: Date, timeZone: string): number {
  const z = Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(timeZone);
  return z.hour * 60 + z.minute;
}

/** The Monday of the ISO week holding `date`. */
export function startOfWeek(date: string): string {
  const d = Temporal.PlainDate.from(date);
  return d.subtract({ days: d.dayOfWeek - 1 }).toString();
}
