// Time-zone answers for the slot computation, from the Temporal API.
//
// Why temporal-polyfill: Temporal is the standard date-time API (once Node ships it, only this
// import changes), and its explicit disambiguation options ("earlier", "later", "compatible",
// "reject") name exactly the daylight-saving decisions slots need: a wall time in a
// spring-forward gap does not exist, one in a fall-back overlap happens twice. Date-fns' TZDate
// silently shifts such times and cannot say which case it met. fullcalendar's polyfill is the
// small, spec-complete one.
//
// Temporal calls cost tens of microseconds each in the polyfill, so we ask it once per zone for
// the UTC offset transitions of the period we look at. Away from a transition the offset is
// constant (Temporal says so), so a wall time is just `instant + offset`; every wall time that
// falls in a gap or overlap goes back to Temporal itself. build-zone-timeline.test.ts checks
// the shortcut against Temporal, minute by minute, around transitions in many zones.
import { Temporal } from "temporal-polyfill";
import { AppError } from "@/lib/errors";
import { parseLocalDate } from "../slots/parse-time-range";

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/**
 * "Local ms": a wall-clock date-time written as if it were UTC, i.e. Date.UTC(y, m-1, d, h, min).
 * Differences between local ms are wall-clock differences; no time zone is involved.
 */
export type LocalMs = number;

export interface ZoneTimeline {
  readonly timeZone: string;
  /** Wall clock -> UTC ms. null in a spring-forward gap; the earlier instant in an overlap. */
  toInstant(local: LocalMs): number | null;
  /** Wall clock -> UTC ms, Temporal's "compatible": gap times move forward by the gap length. */
  toInstantCompatible(local: LocalMs): number;
  /** UTC ms -> wall clock. */
  toLocal(instant: number): LocalMs;
  /**
   * The offset (local - UTC, ms) when every wall time in [from, to] exists once and shares it;
   * null when a transition touches that span (then ask toInstant for each wall time).
   */
  fixedOffset(from: LocalMs, to: LocalMs): number | null;
}

/**
 * A timeline for one IANA zone over the UTC instants [from, to] (pad it by a couple of days:
 * outside, every answer is still right but comes from Temporal, slowly).
 */
export function buildZoneTimeline(options: { timeZone: string; from: number; to: number }): ZoneTimeline {
  const { timeZone, from, to } = options;
  let zoned: Temporal.ZonedDateTime;
  try {
    zoned = Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(timeZone);
  } catch {
    throw new AppError("BAD_INPUT", `"${timeZone}" is not a known time zone.`);
  }
  // Period i: instants [starts[i], starts[i + 1]) (the last ends at `to`) at offsets[i].
  const starts = [from];
  const offsets = [zoned.offsetNanoseconds / 1e6];
  for (;;) {
    const next = zoned.getTimeZoneTransition("next");
    if (!next || next.epochMilliseconds > to) break;
    starts.push(next.epochMilliseconds);
    offsets.push(next.offsetNanoseconds / 1e6);
    zoned = next;
  }
  const ends = [...starts.slice(1), to];
  // Wall times [windowStarts[i], windowEnds[i]) are in a gap or an overlap.
  const windowStarts: number[] = [];
  const windowEnds: number[] = [];
  for (let i = 1; i < starts.length; i++) {
    windowStarts.push(starts[i] + Math.min(offsets[i - 1], offsets[i]));
    windowEnds.push(starts[i] + Math.max(offsets[i - 1], offsets[i]));
  }
  const touchesWindow = (a: LocalMs, b: LocalMs) => windowStarts.some((s, i) => s <= b && windowEnds[i] > a);
  // The period whose wall-clock span holds `local` (unique away from windows), or -1.
  const periodOfLocal = (local: LocalMs) => {
    for (let i = 0; i < starts.length; i++) {
      const instant = local - offsets[i];
      if (instant >= starts[i] && instant < ends[i]) return i;
    }
    return -1;
  };

  function viaTemporal(local: LocalMs, compatible: boolean): number | null {
    const d = new Date(local);
    const wall = new Temporal.PlainDateTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
    if (compatible) return wall.toZonedDateTime(timeZone, { disambiguation: "compatible" }).epochMilliseconds;
    const earlier = wall.toZonedDateTime(timeZone, { disambiguation: "earlier" });
    // In a gap, "earlier" lands on a different wall time: that wall time does not exist.
    return Temporal.PlainDateTime.compare(earlier.toPlainDateTime(), wall) === 0 ? earlier.epochMilliseconds : null;
  }

  function resolve(local: LocalMs, compatible: boolean): number | null {
    if (touchesWindow(local, local)) return viaTemporal(local, compatible);
    const period = periodOfLocal(local);
    return period < 0 ? viaTemporal(local, compatible) : local - offsets[period];
  }

  return {
    timeZone,
    toInstant: (local) => resolve(local, false),
    toInstantCompatible: (local) => resolve(local, true) as number,
    toLocal(instant) {
      if (instant < from || instant >= to) {
        const z = Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone);
        return instant + z.offsetNanoseconds / 1e6;
      }
      let i = starts.length - 1;
      while (starts[i] > instant) i--;
      return instant + offsets[i];
    },
    fixedOffset(a, b) {
      if (touchesWindow(a, b)) return null;
      const period = periodOfLocal(a);
      if (period < 0 || b - offsets[period] >= ends[period]) return null;
      return offsets[period];
    },
  };
}

/** "YYYY-MM-DD" -> local ms of its midnight. */
export function localDateToMs(date: string): LocalMs {
  const { year, month, day } = parseLocalDate(date);
  return Date.UTC(year, month - 1, day);
}

/** Local ms -> "YYYY-MM-DD" of the wall-clock date. */
export function formatLocalDate(local: LocalMs): string {
  return new Date(local).toISOString().slice(0, 10);
}

/** Local ms -> "HH:MM" of the wall clock. */
export function formatLocalTime(local: LocalMs): string {
  return new Date(local).toISOString().slice(11, 16);
}

/** Local ms -> local midnight of the same wall-clock date. */
export function startOfLocalDate(local: LocalMs): LocalMs {
  return Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
}

/** ISO weekday (1 = Monday ... 7 = Sunday) of a wall-clock date. */
export function isoWeekday(local: LocalMs): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return (((new Date(local).getUTCDay() + 6) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}
