// Available appointment slots: weekly rules + date overrides + busy time + service settings,
// each staff member in their own time zone -> UTC slots with the staff who can take them.
// Pure: no I/O, `now` comes in. Cost ~ (staff x days x candidate starts) x log(busy).
import { AppError } from "@/lib/errors";
import { buildStaffCalendar } from "../calendar/build-staff-calendar";
import { buildZoneTimeline, MS_PER_DAY, MS_PER_MINUTE, startOfLocalDate, type ZoneTimeline } from "../calendar/build-zone-timeline";
import { mergeBusyIntervals, overlapsBusy } from "./merge-busy-intervals";
import { normalizeSlotService, type NormalizedSlotService } from "./normalize-slot-service";
import type { ComputeSlotsOptions, Slot, StaffAvailability } from "../types";

/** Longest range one call may cover; a public page asks for a month or two. */
export const MAX_RANGE_DAYS = 400;
// Zone timelines reach this far beyond the range, for midnight-crossing ranges of the day
// before and for bookings counted toward the daily limit.
const TIMELINE_PADDING_MS = 3 * MS_PER_DAY;

/**
 * Slots whose start lies in [range.from, range.to), sorted by start.
 *
 * Candidate starts are wall-clock times in the staff member's zone: each working range's start
 * (+ the buffer before), then every `slotIntervalMinutes`. A wall time that does not exist
 * (spring-forward gap) is skipped; one that happens twice (fall-back overlap) is offered once,
 * at its first occurrence. A candidate is available when its whole
 * [start - bufferBefore, end + bufferAfter) lies inside the working time of the local date its
 * range belongs to, overlaps no busy interval, starts no earlier than now + minimum notice,
 * belongs to a date inside the booking window, and that date is under the daily limit.
 * Staff who share a start instant share one slot ("anyone").
 */
export function computeSlots(options: ComputeSlotsOptions): Slot[] {
  const service = normalizeSlotService(options.service);
  const from = options.range.from.getTime();
  const to = options.range.to.getTime();
  const now = options.now.getTime();
  if ([from, to, now].some(Number.isNaN)) throw new AppError("BAD_INPUT", "The date range is invalid.");
  if (to - from > MAX_RANGE_DAYS * MS_PER_DAY) {
    throw new AppError("BAD_INPUT", `Ask for at most ${MAX_RANGE_DAYS} days of slots at a time.`);
  }
  const earliest = Math.max(from, now + service.minimumNoticeMinutes * MS_PER_MINUTE);
  if (earliest >= to) return [];

  const timelines = new Map<string, ZoneTimeline>();
  const staffIdsByStart = new Map<number, string[]>();
  for (const staff of options.staff) {
    let timeline = timelines.get(staff.timeZone);
    if (!timeline) {
      timeline = buildZoneTimeline({ timeZone: staff.timeZone, from: earliest - TIMELINE_PADDING_MS, to: to + TIMELINE_PADDING_MS });
      timelines.set(staff.timeZone, timeline);
    }
    forEachStaffStart({ staff, service, timeline, earliest, to, now }, (start) => {
      const ids = staffIdsByStart.get(start);
      if (!ids) staffIdsByStart.set(start, [staff.id]);
      else if (ids[ids.length - 1] !== staff.id) ids.push(staff.id);
    });
  }

  const duration = service.durationMinutes * MS_PER_MINUTE;
  return [...staffIdsByStart.keys()].sort((a, b) => a - b).map((start) => ({ start: new Date(start), end: new Date(start + duration), staffIds: staffIdsByStart.get(start)! }));
}

interface StaffPass {
  staff: StaffAvailability;
  service: NormalizedSlotService;
  timeline: ZoneTimeline;
  earliest: number;
  to: number;
  now: number;
}

/** Calls `emit` with every available start (UTC ms) of one staff member, in no set order. */
function forEachStaffStart(pass: StaffPass, emit: (start: number) => void): void {
  const { staff, service, timeline, earliest, to, now } = pass;
  const calendar = buildStaffCalendar({ staff, timeline });
  const busy = mergeBusyIntervals(staff.busy ?? []);
  const before = service.bufferBeforeMinutes * MS_PER_MINUTE;
  const blockedLength = (service.bufferBeforeMinutes + service.durationMinutes + service.bufferAfterMinutes) * MS_PER_MINUTE;
  const step = service.slotIntervalMinutes * MS_PER_MINUTE;

  // A range starts on its date and lasts under 24 h, so the date before `earliest`'s can reach in.
  const firstDate = startOfLocalDate(timeline.toLocal(earliest)) - MS_PER_DAY;
  let lastDate = startOfLocalDate(timeline.toLocal(to - 1));
  if (service.bookingWindowDays !== null) {
    lastDate = Math.min(lastDate, startOfLocalDate(timeline.toLocal(now)) + service.bookingWindowDays * MS_PER_DAY);
  }
  const bookingsPerDate = countBookingsPerDate(pass, calendar.workDateOf);

  for (let date = firstDate; date <= lastDate; date += MS_PER_DAY) {
    if (service.maxBookingsPerDay !== null && (bookingsPerDate.get(date) ?? 0) >= service.maxBookingsPerDay) continue;
    const working = calendar.intervalsOf(date);
    for (const range of calendar.rangesOf(date)) {
      const firstWall = date + range.startMinute * MS_PER_MINUTE + before;
      const endWall = date + range.endMinute * MS_PER_MINUTE;
      // Away from a DST transition every wall time maps to wall - offset; near one, ask.
      const offset = timeline.fixedOffset(firstWall, endWall);
      for (let wall = firstWall; wall < endWall; wall += step) {
        const start = offset === null ? timeline.toInstant(wall) : wall - offset;
        if (start === null || start < earliest) continue;
        if (start >= to) break;
        const blockedStart = start - before;
        const blockedEnd = blockedStart + blockedLength;
        if (!working.some(([s, e]) => blockedStart >= s && blockedEnd <= e)) continue;
        if (overlapsBusy(busy, blockedStart, blockedEnd)) continue;
        emit(start);
      }
    }
  }
}

/** Existing bookings per staff-local work date; only when the service has a daily limit. */
function countBookingsPerDate(pass: StaffPass, workDateOf: (instant: number) => number): Map<number, number> {
  const counts = new Map<number, number>();
  if (pass.service.maxBookingsPerDay === null) return counts;
  const from = pass.earliest - TIMELINE_PADDING_MS;
  const to = pass.to + TIMELINE_PADDING_MS;
  for (const start of pass.staff.bookingStarts ?? []) {
    const instant = start.getTime();
    if (!(instant >= from && instant < to)) continue;
    const date = workDateOf(instant);
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  return counts;
}
