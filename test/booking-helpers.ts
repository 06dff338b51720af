// Shared by the booking unit tests (not a test file itself). Expected values come from
// Temporal directly, never from the code under test.
import { Temporal } from "temporal-polyfill";
import { computeSlots } from "../lib/booking/slots/compute-slots";
import type { Slot, SlotService, StaffAvailability, TimeRange, Weekday } from "../lib/booking/types";

/** The UTC instant of a wall-clock time ("2026-03-29T03:00") in a zone; throws if it does not exist. */
export function zoned(timeZone: string, wall: string, disambiguation: "earlier" | "later" | "reject" = "reject"): Date {
  return new Date(Temporal.PlainDateTime.from(wall).toZonedDateTime(timeZone, { disambiguation }).epochMilliseconds);
}

/** "2026-03-29T03:00" wall clock of each slot start in a zone. */
export function wallTimes(slots: readonly Slot[], timeZone: string): string[] {
  return slots.map((slot) => Temporal.Instant.fromEpochMilliseconds(slot.start.getTime()).toZonedDateTimeISO(timeZone).toPlainDateTime().toString().slice(0, 16));
}

export function isoStarts(slots: readonly Slot[]): string[] {
  return slots.map((slot) => slot.start.toISOString());
}

/** The same ranges on every weekday. */
export function everyDay(...ranges: TimeRange[]): { weekday: Weekday; ranges: TimeRange[] }[] {
  return ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, ranges }));
}

export function range(start: string, end: string): TimeRange {
  return { start, end };
}

/** computeSlots for one staff member with test-friendly defaults (now far in the past). */
export function slotsFor(options: { service?: Partial<SlotService>; staff: Partial<StaffAvailability> & Pick<StaffAvailability, "timeZone" | "rules">; from: Date | string; to: Date | string; now?: Date | string }): Slot[] {
  return computeSlots({
    service: { durationMinutes: 60, ...options.service },
    staff: [{ id: "s1", ...options.staff }],
    range: { from: new Date(options.from), to: new Date(options.to) },
    now: new Date(options.now ?? "2020-01-01T00:00:00Z"),
  });
}

/** Invariants every result must keep: sorted, no duplicated start, end = start + duration. */
export function expectWellFormed(slots: readonly Slot[], durationMinutes: number): void {
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    if (slot.end.getTime() - slot.start.getTime() !== durationMinutes * 60_000) throw new Error(`bad end at ${slot.start.toISOString()}`);
    if (i > 0 && slots[i - 1].start.getTime() >= slot.start.getTime()) throw new Error(`unsorted or duplicated at ${slot.start.toISOString()}`);
    if (slot.staffIds.length === 0 || new Set(slot.staffIds).size !== slot.staffIds.length) throw new Error("bad staffIds");
  }
}
