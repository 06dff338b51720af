import { z } from "zod";
import type { Prisma } from "@/lib/db/client";
import { BookingStatus } from "@/lib/db/generated/enums";
import { addDays, isLocalDate, startOfLocalDay } from "../calendar/local-day";

// The booking list's filters, shared by the list page and the CSV export so an export always
// matches what the list shows. Dates are calendar dates in the org's time zone, both inclusive.
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const idFilter = z.preprocess(blankToUndefined, z.string().trim().max(64, "Unknown value").optional());
const dateFilter = z.preprocess(blankToUndefined, z.string().refine(isLocalDate, "Use a date like 2026-11-24").optional());

export const bookingStatusLabels: Record<BookingStatus, string> = {
  PENDING_PAYMENT: "Awaiting payment",
  PENDING_CONFIRMATION: "Awaiting confirmation",
  CONFIRMED: "Confirmed",
  COMPLETED: "Completed",
  NO_SHOW: "No-show",
  CANCELED: "Canceled",
  DECLINED: "Declined",
  EXPIRED: "Expired",
};

export const bookingFiltersSchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum(BookingStatus, "Unknown status").optional()),
  staff: idFilter,
  service: idFilter,
  from: dateFilter,
  to: dateFilter,
  q: z.preprocess(blankToUndefined, z.string().trim().max(200, "Search must be at most 200 characters").optional()),
  sort: z.preprocess(blankToUndefined, z.enum(["asc", "desc"], "Unknown order").optional()),
});

export type BookingFilters = z.infer<typeof bookingFiltersSchema>;

export const hasBookingFilters = (f: BookingFilters) => Boolean(f.status || f.staff || f.service || f.from || f.to || f.q);

/** The Prisma `where` for an org's bookings under `filters`; the org is always part of it. */
export function bookingWhere(orgId: string, filters: BookingFilters, timeZone: string): Prisma.BookingWhereInput {
  const where: Prisma.BookingWhereInput = { orgId };
  if (filters.status) where.status = filters.status;
  if (filters.staff) where.staffMemberId = filters.staff;
  if (filters.service) where.serviceId = filters.service;
  if (filters.from || filters.to) {
    where.startsAt = {
      ...(filters.from ? { gte: startOfLocalDay(filters.from, timeZone) } : {}),
      ...(filters.to ? { lt: startOfLocalDay(addDays(filters.to, 1), timeZone) } : {}),
    };
  }
  if (filters.q) {
    where.OR = [{ clientName: { contains: filters.q, mode: "insensitive" } }, { clientEmail: { contains: filters.q, mode: "insensitive" } }, { customer: { name: { contains: filters.q, mode: "insensitive" } } }];
  }
  return where;
}

/** For pages: each filter parsed on its own, so one bad value in the URL drops only itself. */
export function parseBookingFiltersLenient(raw: Record<string, unknown>): BookingFilters {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(bookingFiltersSchema.shape)) {
    const parsed = (schema as z.ZodType).safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as BookingFilters;
}
