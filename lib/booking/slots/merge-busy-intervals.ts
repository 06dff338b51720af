import { AppError } from "@/lib/errors";
import type { BusySource } from "../types";

/** Busy time as disjoint, sorted half-open UTC ms intervals [starts[i], ends[i]). */
export interface MergedBusy {
  starts: number[];
  ends: number[];
}

/**
 * Merge every source (bookings, a calendar, ...) into one sorted list: one sort, one pass.
 * Overlapping and touching intervals join; empty ones are dropped.
 */
export function mergeBusyIntervals(sources: readonly BusySource[]): MergedBusy {
  const pairs: [number, number][] = [];
  for (const source of sources) {
    for (const interval of source.intervals) {
      const start = interval.start.getTime();
      const end = interval.end.getTime();
      if (Number.isNaN(start) || Number.isNaN(end)) {
        throw new AppError("BAD_INPUT", `A busy interval from "${source.source}" has an invalid date.`);
      }
      if (end > start) pairs.push([start, end]);
    }
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const merged: MergedBusy = { starts: [], ends: [] };
  let last = -1;
  for (const [start, end] of pairs) {
    if (last >= 0 && start <= merged.ends[last]) {
      if (end > merged.ends[last]) merged.ends[last] = end;
    } else {
      merged.starts.push(start);
      merged.ends.push(end);
      last++;
    }
  }
  return merged;
}

/** Whether [start, end) overlaps any busy interval: a binary search, O(log n). */
export function overlapsBusy(busy: MergedBusy, start: number, end: number): boolean {
  // First interval that ends after `start`; ends are sorted because intervals are disjoint.
  let lo = 0;
  let hi = busy.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (busy.ends[mid] > start) hi = mid;
    else lo = mid + 1;
  }
  return lo < busy.starts.length && busy.starts[lo] < end;
}
