import { buildStaffCalendar } from "./build-staff-calendar";
import { buildZoneTimeline, localDateToMs, MS_PER_DAY } from "./build-zone-timeline";
import { addDays, startOfLocalDay, startOfWeek } from "./local-day";
import type { BookingStatus } from "@/lib/db/generated/enums";
import type { StaffAvailability } from "../types";

// The dashboard calendar as a pure layout: for each date of the view (org time zone), a lane
// per staff member with working hours and bookings as minute offsets from that date's local
// midnight, ready to be drawn. Working hours come from the staff member's own rules and
// overrides (their zone), so a staff member abroad shows at the right org-local time.
export type CalendarView = "day" | "week";

export interface CalendarBooking {
  id: string;
  staffMemberId: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  blockedFrom: Date;
  blockedUntil: Date;
  clientName: string;
  serviceName: string;
}

export interface CalendarBlock {
  id: string;
  status: BookingStatus;
  clientName: string;
  serviceName: string;
  startsAt: Date;
  endsAt: Date;
  /** Minutes after the lane's local midnight, clipped to [0, 1440]. */
  top: number;
  bottom: number;
  bufferTop: number;
  bufferBottom: number;
}

export interface CalendarLane {
  staffId: string;
  staffName: string;
  work: { top: number; bottom: number }[];
  blocks: CalendarBlock[];
}

export interface CalendarLayout {
  dates: string[];
  lanesByDate: CalendarLane[][];
  /** The hours to draw: from the earliest work or booking to the latest (08-18 when empty). */
  firstHour: number;
  lastHour: number;
}

/** The local dates a view shows: the date itself, or the Monday-to-Sunday week holding it. */
export function viewDates(view: CalendarView, date: string): string[] {
  if (view === "day") return [date];
  const monday = startOfWeek(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Previous and next dates for the view's arrows. */
export function stepDate(view: CalendarView, date: string, direction: -1 | 1): string {
  return addDays(date, direction * (view === "day" ? 1 : 7));
}

export function buildBookingCalendar(options: { timeZone: string; dates: string[]; staff: (StaffAvailability & { name: string })[]; bookings: CalendarBooking[] }): CalendarLayout {
  const { timeZone, dates, staff, bookings } = options;
  const starts = [...dates, addDays(dates[dates.length - 1], 1)].map((d) => startOfLocalDay(d, timeZone).getTime());
  const from = starts[0] - 2 * MS_PER_DAY;
  const to = starts[starts.length - 1] + 2 * MS_PER_DAY;
  const calendars = new Map(staff.map((s) => [s.id, { s, cal: buildStaffCalendar({ staff: s, timeline: buildZoneTimeline({ timeZone: s.timeZone, from, to }) }), staffFrom: localDateToMs(dates[0]) - 2 * MS_PER_DAY }]));
  let first = 24 * 60;
  let last = 0;
  const lanesByDate = dates.map((_, i) => {
    const dayStart = starts[i];
    const dayEnd = starts[i + 1];
    const minutes = (t: number) => Math.min(Math.max((t - dayStart) / 60_000, 0), (dayEnd - dayStart) / 60_000);
    return staff.map((s): CalendarLane => {
      const { cal, staffFrom } = calendars.get(s.id)!;
      const work: CalendarLane["work"] = [];
      // The staff member's own dates around this org date (zones differ by at most a day).
      for (let d = staffFrom; d <= staffFrom + (i + 4) * MS_PER_DAY; d += MS_PER_DAY) {
        for (const [start, end] of cal.intervalsOf(d)) {
          if (end > dayStart && start < dayEnd) work.push({ top: minutes(start), bottom: minutes(end) });
        }
      }
      const blocks = bookings
        .filter((b) => b.staffMemberId === s.id && b.blockedUntil.getTime() > dayStart && b.blockedFrom.getTime() < dayEnd)
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
        .map((b) => ({
          id: b.id,
          status: b.status,
          clientName: b.clientName,
          serviceName: b.serviceName,
          startsAt: b.startsAt,
          endsAt: b.endsAt,
          top: minutes(b.startsAt.getTime()),
          bottom: minutes(b.endsAt.getTime()),
          bufferTop: minutes(b.blockedFrom.getTime()),
          bufferBottom: minutes(b.blockedUntil.getTime()),
        }));
      for (const r of [...work, ...blocks.map((b) => ({ top: b.bufferTop, bottom: b.bufferBottom }))]) {
        first = Math.min(first, r.top);
        last = Math.max(last, r.bottom);
      }
      work.sort((a, b) => a.top - b.top);
      return { staffId: s.id, staffName: s.name, work: dedupe(work), blocks };
    });
  });
  const empty = last <= first;
  return { dates, lanesByDate, firstHour: empty ? 8 : Math.floor(first / 60), lastHour: empty ? 18 : Math.min(24, Math.ceil(last / 60)) };
}

function dedupe(ranges: { top: number; bottom: number }[]) {
  return ranges.filter((r, i) => r.bottom > r.top && ranges.findIndex((o) => o.top === r.top && o.bottom === r.bottom) === i);
}
