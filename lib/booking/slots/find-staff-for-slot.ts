import { AppError } from "@/lib/errors";
import { computeSlots } from "./compute-slots";
import { loadServiceAvailability } from "./load-slots-for-page";
import type { ComputeSlotsOptions, StaffAvailability } from "../types";

export const SLOT_TAKEN_MESSAGE = "This time was just taken. Please pick another.";

type Availability = Omit<ComputeSlotsOptions, "now" | "range">;

/** A booking being moved: its own time must not count as busy for its staff member. */
export interface ExcludedBooking {
  staffMemberId: string;
  startsAt: Date;
  blockedFrom: Date;
  blockedUntil: Date;
}

/**
 * Staff who can take an appointment starting exactly at `start` (in the order the page lists
 * them), checked on fresh data. Refuses with the reason a client understands: in the past, too
 * short notice, not offered at that time (BAD_INPUT), or taken meanwhile (CONFLICT).
 */
export async function findStaffForSlot(options: { orgId: string; serviceId: string; staffMemberId: string | null; start: Date; now?: Date; exclude?: ExcludedBooking }): Promise<string[]> {
  const { start } = options;
  const range = { from: start, to: new Date(start.getTime() + 1) };
  const loaded = await loadServiceAvailability(options.orgId, options.serviceId, range);
  return pickStaffForStart({ availability: loaded, staffMemberId: options.staffMemberId, start, now: options.now ?? new Date(), exclude: options.exclude });
}

/** The pure half of findStaffForSlot. */
export function pickStaffForStart(options: { availability: Availability; staffMemberId: string | null; start: Date; now: Date; exclude?: ExcludedBooking }): string[] {
  const { availability, staffMemberId, start, now, exclude } = options;
  let staff = availability.staff.map((s) => (exclude && s.id === exclude.staffMemberId ? withoutBooking(s, exclude) : s));
  if (staffMemberId) {
    staff = staff.filter((s) => s.id === staffMemberId);
    if (staff.length === 0) throw new AppError("BAD_INPUT", "This staff member does not offer this service.", { staff: "Pick someone who offers this service" });
  }
  if (staff.length === 0) throw new AppError("BAD_INPUT", "Nobody offers this service at the moment.");
  if (start.getTime() <= now.getTime()) throw new AppError("BAD_INPUT", "This time has already passed. Please pick another.", { start: "In the past" });
  const notice = availability.service.minimumNoticeMinutes ?? 0;
  if (start.getTime() < now.getTime() + notice * 60_000) {
    throw new AppError("BAD_INPUT", `This service must be booked at least ${describeMinutes(notice)} ahead. Please pick a later time.`, { start: "Too soon" });
  }
  const at = (list: StaffAvailability[]) => {
    const slot = computeSlots({ service: availability.service, staff: list, range: { from: start, to: new Date(start.getTime() + 1) }, now }).find((s) => s.start.getTime() === start.getTime());
    return slot?.staffIds ?? [];
  };
  const free = at(staff);
  if (free.length) return free;
  // Would it be offered with no bookings at all? Then someone was faster.
  if (at(staff.map((s) => ({ ...s, busy: [], bookingStarts: [] }))).length) throw new AppError("CONFLICT", SLOT_TAKEN_MESSAGE);
  const window = availability.service.bookingWindowDays;
  if (window !== null && window !== undefined && start.getTime() > now.getTime() + (window + 1) * 86_400_000) {
    throw new AppError("BAD_INPUT", `Bookings open at most ${window} days ahead. Please pick an earlier date.`, { start: "Too far ahead" });
  }
  throw new AppError("BAD_INPUT", "This time is not available. Please pick another.", { start: "Not available" });
}

function withoutBooking(staff: StaffAvailability, b: ExcludedBooking): StaffAvailability {
  const same = (x: Date, y: Date) => x.getTime() === y.getTime();
  return {
    ...staff,
    busy: staff.busy?.map((source) => (source.source === "bookings" ? { ...source, intervals: dropFirst(source.intervals, (i) => same(i.start, b.blockedFrom) && same(i.end, b.blockedUntil)) } : source)),
    bookingStarts: staff.bookingStarts && dropFirst(staff.bookingStarts, (s) => same(s, b.startsAt)),
  };
}

function dropFirst<T>(list: readonly T[], match: (item: T) => boolean): readonly T[] {
  const index = list.findIndex(match);
  return index < 0 ? list : [...list.slice(0, index), ...list.slice(index + 1)];
}

export function describeMinutes(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? "" : "s"}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? "" : "s"}`;
  return `${minutes} minutes`;
}
