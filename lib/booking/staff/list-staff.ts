import { db } from "@/lib/db/client";
import { pageOf } from "@/lib/shared/pagination";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import type { TimeRange, Weekday } from "../types";
import type { WeeklyHours } from "./hours-fields";

// Reading an org's staff: a page for the list, one member with hours and upcoming overrides.
export const STAFF_PAGE_SIZE = 20;

/** Active first, then by name; with the user each is linked to. */
export async function listStaff({ orgId, page = 1, pageSize = STAFF_PAGE_SIZE }: { orgId: string; page?: number; pageSize?: number }) {
  const total = await orgDb(orgId).staffMember.count();
  const { page: current, pageCount, skip, take } = pageOf(total, page, pageSize);
  const rows = await orgDb(orgId).staffMember.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
    skip,
    take,
    select: { id: true, name: true, email: true, timeZone: true, active: true, userId: true, user: { select: { name: true, email: true } }, _count: { select: { services: true, rules: true } } },
  });
  return { items: rows.map(({ _count, ...r }) => ({ ...r, serviceCount: _count.services, ruleCount: _count.rules })), total, page: current, pageCount };
}

/** Active staff of the org, for the service form's checkboxes. */
export function listStaffOptions({ orgId }: { orgId: string }) {
  return orgDb(orgId).staffMember.findMany({ where: { active: true }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, timeZone: true } });
}

/** Members of the org a staff member may be linked to. */
export function listLinkableMembers({ orgId }: { orgId: string }) {
  return orgDb(orgId).membership.findMany({ orderBy: { user: { name: "asc" } }, select: { role: true, user: { select: { id: true, name: true, email: true } } } });
}

/** "YYYY-MM-DD" today in a time zone. */
export function localToday(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** One staff member of `orgId` with weekly hours and overrides from today on, or NOT_FOUND. */
export async function getStaffMember({ orgId, staffMemberId, now = new Date() }: { orgId: string; staffMemberId: string; now?: Date }) {
  const staff = await orgDb(orgId).staffMember.findFirst({
    where: { id: staffMemberId },
    select: {
      id: true,
      name: true,
      email: true,
      timeZone: true,
      userId: true,
      active: true,
      rules: { select: { weekday: true, startTime: true, endTime: true }, orderBy: [{ weekday: "asc" }, { startTime: "asc" }] },
      services: { select: { service: { select: { id: true, name: true, active: true } } } },
    },
  });
  if (!staff) throw new AppError("NOT_FOUND", "Staff member not found.");
  const today = localToday(staff.timeZone, now);
  const overrides = await db.dateOverride.findMany({ where: { staffMemberId, date: { gte: today } }, orderBy: { date: "asc" }, take: 100, select: { id: true, date: true, ranges: true } });
  const hours = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [] as TimeRange[]])) as WeeklyHours;
  for (const r of staff.rules) hours[r.weekday as Weekday].push({ start: r.startTime, end: r.endTime });
  const { rules: _rules, services, ...rest } = staff;
  return { ...rest, hours, services: services.map((s) => s.service), overrides: overrides.map((o) => ({ ...o, ranges: o.ranges as unknown as TimeRange[] })), today };
}

export type StaffDetail = Awaited<ReturnType<typeof getStaffMember>>;
