import { Temporal } from "temporal-polyfill";

// Wall-clock times as a datetime-local input posts them ("2026-03-29T02:30") in a time zone
// <-> UTC instants. Pure. A time skipped by a DST jump moves forward by the gap (as calendars
// do); a repeated one takes its first occurrence.
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function localToUtc(local: string, timeZone: string): Date | null {
  if (!LOCAL.test(local)) return null;
  try {
    const plain = Temporal.PlainDateTime.from(local, { overflow: "reject" });
    return new Date(plain.toZonedDateTime(timeZone, { disambiguation: "compatible" }).epochMilliseconds);
  } catch {
    return null;
  }
}

/** The value a datetime-local input shows for an instant in `timeZone`. */
export function utcToLocal(at: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(timeZone).toPlainDateTime().toString({ smallestUnit: "minute" });
}

/** "Sat, 14 Mar 2026, 19:00 – 23:00" style range (one time when both are the same instant). */
export function formatEventRange(startsAt: Date, endsAt: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone });
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
  if (startsAt.getTime() === endsAt.getTime()) return `${day.format(startsAt)}, ${time.format(startsAt)}`;
  const sameDay = day.format(startsAt) === day.format(endsAt);
  return sameDay ? `${day.format(startsAt)}, ${time.format(startsAt)} – ${time.format(endsAt)}` : `${day.format(startsAt)}, ${time.format(startsAt)} – ${day.format(endsAt)}, ${time.format(endsAt)}`;
}
