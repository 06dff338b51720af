import { orgDb } from "@/lib/db/org-db";
import { pageOf } from "@/lib/shared/pagination";
import { AppError } from "@/lib/errors";

// Reading an org's venues: a page for the list, options for the event form, one for its form.
export const VENUES_PAGE_SIZE = 20;

const venueSelect = { id: true, name: true, address: true, city: true, capacity: true, timeZone: true } as const;

export async function listVenues({ orgId, page = 1, pageSize = VENUES_PAGE_SIZE }: { orgId: string; page?: number; pageSize?: number }) {
  const total = await orgDb(orgId).venue.count();
  const { page: current, pageCount, skip, take } = pageOf(total, page, pageSize);
  const rows = await orgDb(orgId).venue.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], skip, take, select: { ...venueSelect, _count: { select: { events: true } } } });
  return { items: rows.map(({ _count, ...v }) => ({ ...v, eventCount: _count.events })), total, page: current, pageCount };
}

export async function listVenueOptions({ orgId }: { orgId: string }) {
  return orgDb(orgId).venue.findMany({ orderBy: { name: "asc" }, take: 500, select: { id: true, name: true, city: true, timeZone: true, capacity: true } });
}

export async function getVenue({ orgId, venueId }: { orgId: string; venueId: string }) {
  const venue = await orgDb(orgId).venue.findFirst({ where: { id: venueId }, select: { ...venueSelect, _count: { select: { events: true } } } });
  if (!venue) throw new AppError("NOT_FOUND", "Venue not found.");
  const { _count, ...rest } = venue;
  return { ...rest, eventCount: _count.events };
}

export type VenueDetail = Awaited<ReturnType<typeof getVenue>>;
