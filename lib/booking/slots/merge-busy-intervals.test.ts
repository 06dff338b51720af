import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { mergeBusyIntervals, overlapsBusy } from "./merge-busy-intervals";

const at = (hour: number, minute = 0) => new Date(Date.UTC(2026, 5, 1, hour, minute));
const ms = (hour: number, minute = 0) => at(hour, minute).getTime();

describe("mergeBusyIntervals", () => {
  it("merges several sources, unsorted, overlapping and touching, into disjoint sorted intervals", () => {
    const merged = mergeBusyIntervals([
      {
        source: "bookings",
        intervals: [
          { start: at(13), end: at(14) },
          { start: at(9), end: at(10) },
        ],
      },
      {
        source: "google",
        intervals: [
          { start: at(9, 30), end: at(11) },
          { start: at(11), end: at(12) },
          { start: at(16), end: at(17) },
        ],
      },
      { source: "empty", intervals: [] },
    ]);
    expect(merged).toEqual({ starts: [ms(9), ms(13), ms(16)], ends: [ms(12), ms(14), ms(17)] });
  });

  it("drops empty intervals and keeps a long one that swallows later ones", () => {
    const merged = mergeBusyIntervals([
      {
        source: "a",
        intervals: [
          { start: at(8), end: at(18) },
          { start: at(10), end: at(10) },
          { start: at(12), end: at(13) },
        ],
      },
    ]);
    expect(merged).toEqual({ starts: [ms(8)], ends: [ms(18)] });
  });

  it("refuses an invalid date with a clear error", () => {
    expect(() => mergeBusyIntervals([{ source: "google", intervals: [{ start: new Date("nope"), end: at(1) }] }])).toThrow(AppError);
  });
});

describe("overlapsBusy", () => {
  const busy = mergeBusyIntervals([
    {
      source: "b",
      intervals: [
        { start: at(10), end: at(11) },
        { start: at(14), end: at(15) },
      ],
    },
  ]);

  it("treats intervals as half-open: touching is not overlapping", () => {
    expect(overlapsBusy(busy, ms(9), ms(10))).toBe(false);
    expect(overlapsBusy(busy, ms(11), ms(14))).toBe(false);
    expect(overlapsBusy(busy, ms(15), ms(16))).toBe(false);
  });

  it("finds overlaps at either edge, inside, and around", () => {
    expect(overlapsBusy(busy, ms(9, 30), ms(10, 1))).toBe(true);
    expect(overlapsBusy(busy, ms(10, 59), ms(12))).toBe(true);
    expect(overlapsBusy(busy, ms(10, 15), ms(10, 45))).toBe(true);
    expect(overlapsBusy(busy, ms(9), ms(16))).toBe(true);
  });

  it("handles no busy time at all", () => {
    expect(overlapsBusy(mergeBusyIntervals([]), ms(9), ms(10))).toBe(false);
  });
});
