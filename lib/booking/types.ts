// Public types of the booking core: what the database layer hands to computeSlots and what the
// booking page gets back. Instants are JS Dates (UTC); wall-clock values are plain strings in
// the staff member's IANA time zone, exactly as a person types them in the dashboard.

/** ISO weekday: 1 = Monday ... 7 = Sunday (Temporal's `dayOfWeek`, not JS `getDay()`). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * A local wall-clock range, "HH:MM"-"HH:MM" (24-hour, "24:00" allowed as an end).
 * An end at or before the start crosses midnight: "22:00"-"02:00" runs into the next local
 * date but belongs to the date it starts on; "00:00"-"00:00" is a full 24 hours.
 */
export interface TimeRange {
  start: string;
  end: string;
}

/** Weekly working hours: on this weekday, these ranges. Several rules for one weekday add up. */
export interface WeeklyRule {
  weekday: Weekday;
  ranges: readonly TimeRange[];
}

/**
 * One staff-local calendar date ("YYYY-MM-DD") whose hours replace the weekly rules:
 * `ranges: []` is a day off, otherwise special hours. A range of the previous day that
 * crosses midnight still runs into this date (it belongs to the previous day).
 */
export interface DateOverride {
  date: string;
  ranges: readonly TimeRange[];
}

/** A half-open UTC interval [start, end). */
export interface BusyInterval {
  start: Date;
  end: Date;
}

/**
 * One source of busy time for a staff member, e.g. `{ source: "bookings", ... }` (active
 * bookings, their buffers already included) or later `{ source: "google", ... }`.
 * All sources are merged into one sorted list; overlaps and order do not matter.
 */
export interface BusySource {
  source: string;
  intervals: readonly BusyInterval[];
}

/** What computeSlots needs to know about a service. Minutes and days are whole numbers. */
export interface SlotService {
  durationMinutes: number;
  /** Exclusive time before each appointment (preparation). Default 0. */
  bufferBeforeMinutes?: number;
  /** Exclusive time after each appointment (clean-up). Default 0. */
  bufferAfterMinutes?: number;
  /** A slot must start at least this long after `now`. Default 0 (but never in the past). */
  minimumNoticeMinutes?: number;
  /**
   * Clients may book slots on staff-local dates up to today + this many days (inclusive;
   * 0 = today only). Calendar days, so the last day is offered whole. null/absent: no limit.
   */
  bookingWindowDays?: number | null;
  /**
   * At most this many bookings per staff member per staff-local date (the date a working
   * range starts on). Counted from `StaffAvailability.bookingStarts`. null/absent: no limit.
   */
  maxBookingsPerDay?: number | null;
  /**
   * Distance between candidate start times, in wall-clock minutes from the start of each
   * working range (shifted by the buffer before). Defaults to the duration.
   */
  slotIntervalMinutes?: number | null;
}

/** One staff member as computeSlots sees them. */
export interface StaffAvailability {
  id: string;
  /** IANA time zone, e.g. "Europe/Berlin". Rules and overrides are wall-clock times in it. */
  timeZone: string;
  rules: readonly WeeklyRule[];
  overrides?: readonly DateOverride[];
  busy?: readonly BusySource[];
  /**
   * Starts of this staff member's active bookings that count toward
   * `service.maxBookingsPerDay` (the caller decides which: usually this service's bookings).
   * Only needed when the service has a daily limit.
   */
  bookingStarts?: readonly Date[];
}

/** An available slot: the appointment itself, without buffers, and who can take it. */
export interface Slot {
  start: Date;
  end: Date;
  /** Staff who can take this slot, in the order they were passed in. */
  staffIds: string[];
}

export interface ComputeSlotsOptions {
  service: SlotService;
  staff: readonly StaffAvailability[];
  /** Slots whose start lies in [from, to) are returned. */
  range: { from: Date; to: Date };
  now: Date;
}
