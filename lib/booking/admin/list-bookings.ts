import { orgDb } from "@/lib/db/org-db";
import { pageOf } from "@/lib/shared/pagination";
import { bookingWhere, type BookingFilters } from "./booking-filters";

export const BOOKINGS_PAGE_SIZE = 25;

export const bookingListSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  clientName: true,
  clientEmail: true,
  source: true,
  customerId: true,
  service: { select: { id: true, name: true } },
  staffMember: { select: { id: true, name: true } },
} as const;

/** One page of an org's bookings under the filters, by start (soonest first unless `sort: "desc"`). */
export async function listBookings({ orgId, timeZone, filters, page = 1, pageSize = BOOKINGS_PAGE_SIZE }: { orgId: string; timeZone: string; filters: BookingFilters; page?: number; pageSize?: number }) {
  const where = bookingWhere(orgId, filters, timeZone);
  const total = await orgDb(orgId).booking.count({ where });
  const { page: current, pageCount, skip, take } = pageOf(total, page, pageSize);
  const dir = filters.sort ?? "asc";
  const items = await orgDb(orgId).booking.findMany({ where, orderBy: [{ startsAt: dir }, { id: dir }], skip, take, select: bookingListSelect });
  return { items, total, page: current, pageCount };
}

export type BookingListItem = Awaited<ReturnType<typeof listBookings>>["items"][number];

/** The org's staff and services, for filters and the calendar's columns. */
export async function listBookingResources({ orgId }: { orgId: string }) {
  const [staff, services] = await Promise.all([
    orgDb(orgId).staffMember.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }], select: { id: true, name: true, active: true, timeZone: true } }),
    orgDb(orgId).service.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true } }),
  ]);
  return { staff, services };
}
