import { orgDb } from "@/lib/db/org-db";
import { notFound } from "@/lib/errors";
import type { BusyInterval, ComputeSlotsOptions, DateOverride, StaffAvailability, TimeRange, Weekday, WeeklyRule } from "../types";

// PRIVATE, TEMPORARY loader for the public booking page until the admin area's
// loadServiceAvailability (lib/booking/slots/load-staff-availability.ts) is in main; same signature.
// Reads the service, its active staff with their weekly rules, overrides and active bookings
// around the range, as computeSlots wants them. `now` is left to the caller.
const ACTIVE = ["PENDING_PAYMENT", "PENDING_CONFIRMATION", "CONFIRMED", "COMPLETED", "NO_SHOW"] as const;
const PAD_MS = 3 * 86_400_000;

export async function loadServiceAvailability(orgId: string, serviceId: string, range: { from: Date; to: Date }): Promise<Omit<ComputeSlotsOptions, "now">> {
  const service = await orgDb(orgId).service.findFirst({
    where: { id: serviceId, active: true },
    select: {
      durationMinutes: true,
      bufferBeforeMinutes: true,
      bufferAfterMinutes: true,
      minimumNoticeMinutes: true,
      bookingWindowDays: true,
      maxBookingsPerDay: true,
      slotIntervalMinutes: true,
      staff: {
        where: { staffMember: { active: true } },
        orderBy: { staffMember: { name: "asc" } },
        select: { staffMember: { select: { id: true, timeZone: true, rules: { select: { weekday: true, startTime: true, endTime: true } }, overrides: { select: { date: true, ranges: true } } } } },
      },
    },
  });
  if (!service) throw notFound("This service is not available.");
  const staffIds = service.staff.map((s) => s.staffMember.id);
  const bookings = staffIds.length
    ? await orgDb(orgId).booking.findMany({
        where: { staffMemberId: { in: staffIds }, status: { in: [...ACTIVE] }, blockedUntil: { gt: new Date(range.from.getTime() - PAD_MS) }, blockedFrom: { lt: new Date(range.to.getTime() + PAD_MS) } },
        select: { staffMemberId: true, serviceId: true, startsAt: true, blockedFrom: true, blockedUntil: true },
      })
    : [];
  const staff: StaffAvailability[] = service.staff.map(({ staffMember: m }) => {
    const mine = bookings.filter((b) => b.staffMemberId === m.id);
    return {
      id: m.id,
      timeZone: m.timeZone,
      rules: toWeeklyRules(m.rules),
      overrides: m.overrides.map((o): DateOverride => ({ date: o.date, ranges: (o.ranges as unknown as TimeRange[]) ?? [] })),
      busy: [{ source: "bookings", intervals: mine.map((b): BusyInterval => ({ start: b.blockedFrom, end: b.blockedUntil })) }],
      bookingStarts: mine.filter((b) => b.serviceId === serviceId).map((b) => b.startsAt),
    };
  });
  const { staff: _unused, ...slotService } = service;
  return { service: slotService, staff, range };
}

/** Rule rows (one per range) grouped into WeeklyRules, one per weekday. */
export function toWeeklyRules(rows: { weekday: number; startTime: string; endTime: string }[]): WeeklyRule[] {
  const byDay = new Map<number, TimeRange[]>();
  for (const r of rows) byDay.set(r.weekday, [...(byDay.get(r.weekday) ?? []), { start: r.startTime, end: r.endTime }]);
  return [...byDay].map(([weekday, ranges]) => ({ weekday: weekday as Weekday, ranges }));
}
