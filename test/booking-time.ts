// Shared by the booking integration tests (not a test file itself): wall-clock times relative
// to today in a zone, from Temporal directly.
import { Temporal } from "temporal-polyfill";

/** `time` ("10:00") on the local date `daysAhead` days after today in `timeZone`. */
export function daysAheadAt(daysAhead: number, time: string, timeZone = "Europe/Berlin"): Date {
  const date = Temporal.Now.plainDateISO(timeZone).add({ days: daysAhead });
  return new Date(date.toPlainDateTime(Temporal.PlainTime.from(time)).toZonedDateTime(timeZone).epochMilliseconds);
}
