import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { buildZoneTimeline, formatLocalDate, formatLocalTime, isoWeekday, localDateToMs, MS_PER_MINUTE } from "./build-zone-timeline";

const YEAR_FROM = Date.UTC(2026, 0, 1);
const YEAR_TO = Date.UTC(2027, 0, 1);

// Zones with 1-hour DST both hemispheres, a 30-minute DST, odd fixed offsets, and no DST.
const ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kolkata", "Asia/Kathmandu", "America/Sao_Paulo", "UTC"];

function temporalInstant(timeZone: string, local: number, disambiguation: "earlier" | "compatible"): number | null {
  const wall = Temporal.PlainDateTime.from(new Date(local).toISOString().slice(0, 16));
  const zdt = wall.toZonedDateTime(timeZone, { disambiguation });
  if (disambiguation === "compatible") return zdt.epochMilliseconds;
  return Temporal.PlainDateTime.compare(zdt.toPlainDateTime(), wall) === 0 ? zdt.epochMilliseconds : null;
}

function temporalLocal(timeZone: string, instant: number): number {
  const zdt = Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(timeZone);
  return instant + zdt.offsetNanoseconds / 1e6;
}

function transitions(timeZone: string): number[] {
  const found: number[] = [];
  let zdt: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(YEAR_FROM).toZonedDateTimeISO(timeZone);
  while ((zdt = zdt.getTimeZoneTransition("next")) && zdt.epochMilliseconds < YEAR_TO) found.push(zdt.epochMilliseconds);
  return found;
}

describe("buildZoneTimeline", () => {
  it("is tested on zones with and without transitions in 2026", () => {
    expect(ZONES.map((zone) => transitions(zone).length)).toEqual([2, 2, 2, 2, 2, 0, 0, 0, 0]);
  });

  it.each(ZONES)("agrees with Temporal every 10 minutes around each transition of 2026 in %s", (timeZone) => {
    const timeline = buildZoneTimeline({ timeZone, from: YEAR_FROM, to: YEAR_TO });
    for (const transition of transitions(timeZone)) {
      const around = temporalLocal(timeZone, transition);
      for (let local = around - 4 * 3_600_000; local <= around + 4 * 3_600_000; local += 10 * MS_PER_MINUTE) {
        expect(timeline.toInstant(local)).toBe(temporalInstant(timeZone, local, "earlier"));
        expect(timeline.toInstantCompatible(local)).toBe(temporalInstant(timeZone, local, "compatible"));
        const offset = timeline.fixedOffset(local, local + 3 * 3_600_000);
        if (offset !== null) {
          for (let wall = local; wall <= local + 3 * 3_600_000; wall += 30 * MS_PER_MINUTE) {
            expect(wall - offset).toBe(temporalInstant(timeZone, wall, "earlier"));
          }
        }
      }
      for (let instant = transition - 3 * 3_600_000; instant <= transition + 3 * 3_600_000; instant += 15 * MS_PER_MINUTE) {
        expect(timeline.toLocal(instant)).toBe(temporalLocal(timeZone, instant));
      }
    }
  });

  it.each(ZONES)("agrees with Temporal at random moments through 2026 in %s", (timeZone) => {
    const timeline = buildZoneTimeline({ timeZone, from: YEAR_FROM, to: YEAR_TO });
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 150; i++) {
      const instant = YEAR_FROM + 2 * 86_400_000 + Math.floor(random() * 360 * 96) * 15 * MS_PER_MINUTE;
      expect(timeline.toLocal(instant)).toBe(temporalLocal(timeZone, instant));
      expect(timeline.toInstant(instant)).toBe(temporalInstant(timeZone, instant, "earlier"));
    }
  });

  it("knows gaps and overlaps: Berlin 2026-03-29 02:30 does not exist, 2026-10-25 02:30 happens twice", () => {
    const timeline = buildZoneTimeline({ timeZone: "Europe/Berlin", from: YEAR_FROM, to: YEAR_TO });
    expect(timeline.toInstant(Date.UTC(2026, 2, 29, 2, 30))).toBeNull();
    expect(new Date(timeline.toInstantCompatible(Date.UTC(2026, 2, 29, 2, 30))).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(new Date(timeline.toInstant(Date.UTC(2026, 9, 25, 2, 30))!).toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(timeline.fixedOffset(Date.UTC(2026, 2, 29, 0), Date.UTC(2026, 2, 29, 6))).toBeNull();
    expect(timeline.fixedOffset(Date.UTC(2026, 2, 30, 9), Date.UTC(2026, 2, 30, 17))).toBe(2 * 3_600_000);
  });

  it("answers outside its span too, through Temporal", () => {
    const timeline = buildZoneTimeline({ timeZone: "America/New_York", from: Date.UTC(2026, 5, 1), to: Date.UTC(2026, 5, 2) });
    expect(new Date(timeline.toInstant(Date.UTC(2026, 0, 15, 9))!).toISOString()).toBe("2026-01-15T14:00:00.000Z");
    expect(formatLocalTime(timeline.toLocal(Date.UTC(2026, 0, 15, 14)))).toBe("09:00");
  });

  it("refuses an unknown zone with a clear error", () => {
    expect(() => buildZoneTimeline({ timeZone: "Mars/Olympus", from: YEAR_FROM, to: YEAR_TO })).toThrow(AppError);
  });

  it("does plain calendar arithmetic on local dates", () => {
    const date = localDateToMs("2026-03-29");
    expect(formatLocalDate(date)).toBe("2026-03-29");
    expect(isoWeekday(date)).toBe(7);
    expect(isoWeekday(localDateToMs("2026-06-01"))).toBe(1);
    expect(() => localDateToMs("2026-02-30")).toThrow(AppError);
  });
});
