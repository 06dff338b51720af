import { orgDb } from "@/lib/db/org-db";
import { addDays, startOfLocalDay } from "./local-day";
import { buildBookingCalendar, viewDates, type CalendarView } from "./build-booking-calendar";
import { toWeeklyRules } from "../slots/load-slots-for-page";
import type { TimeRange } from "../types";

// The calendar page's data in three indexed reads: the org's active staff (or those picked)
// with their hours, and the bookings that hold time in the view (canceled, declined and expired
// ones free their time and are left out). Everything is filtered by the org.
export async function loadBookingCalendar({ orgId, timeZone, view, date, staffIds }: { orgId: string; timeZone: string; view: CalendarView; date: string; staffIds?: string[] | null }) {
  const dates = viewDates(view, date);
  const from = startOfLocalDay(dates[0], timeZone);
  const to = startOfLocalDay(addDays(dates[dates.length - 1], 1), timeZone);
  const staffWhere = { active: true, ...(staffIds ? { id: { in: staffIds } } : {}) };
  const [staffRows, bookings] = await Promise.all([
    orgDb(orgId).staffMember.findMany({
      where: staffWhere,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, timeZone: true, rules: { select: { weekday: true, startTime: true, endTime: true } }, overrides: { select: { date: true, ranges: true } } },
    }),
    orgDb(orgId).booking.findMany({
      where: { staffMember: staffWhere, status: { notIn: ["CANCELED", "DECLINED", "EXPIRED"] }, blockedFrom: { lt: to }, blockedUntil: { gt: from } },
      orderBy: { startsAt: "asc" },
      take: 2000,
      select: { id: true, staffMemberId: true, status: true, startsAt: true, endsAt: true, blockedFrom: true, blockedUntil: true, clientName: true, service: { select: { name: true } } },
    }),
  ]);
  const staff = staffRows.map((s) => ({
    id: s.id,
    name: s.name,
    timeZone: s.timeZone,
    rules: toWeeklyRules(s.rules),
    overrides: s.overrides.map((o) => ({ date: o.date, ranges: (o.ranges as unknown as TimeRange[]) ?? [] })),
  }));
  return buildBookingCalendar({ timeZone, dates, staff, bookings: bookings.map(({ service, ...b }) => ({ ...b, serviceName: service.name })) });
}
