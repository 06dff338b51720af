import { type Prisma } from "@/lib/db/client";
import { pageOf } from "@/lib/shared/pagination";
import { orgDb } from "@/lib/db/org-db";

// The events list: upcoming (not yet over, any status), past, or drafts (draft and in review),
// searched by title, paged, with tickets sold and total capacity per event.
export const EVENTS_PAGE_SIZE = 20;
export const eventFilters = ["upcoming", "past", "draft", "all"] as const;
export type EventFilter = (typeof eventFilters)[number];

function whereFor(orgId: string, filter: EventFilter, q: string, now: Date): Prisma.EventWhereInput {
  const where: Prisma.EventWhereInput = { orgId };
  if (filter === "upcoming") where.endsAt = { gte: now };
  if (filter === "past") where.endsAt = { lt: now };
  if (filter === "draft") where.status = { in: ["DRAFT", "IN_REVIEW"] };
  if (q) where.title = { contains: q, mode: "insensitive" };
  return where;
}

export async function listEvents({ orgId, filter = "upcoming", q = "", page = 1, pageSize = EVENTS_PAGE_SIZE, now = new Date() }: { orgId: string; filter?: EventFilter; q?: string; page?: number; pageSize?: number; now?: Date }) {
  const where = whereFor(orgId, filter, q.trim().slice(0, 100), now);
  const total = await orgDb(orgId).event.count({ where });
  const { page: current, pageCount, skip, take } = pageOf(total, page, pageSize);
  const rows = await orgDb(orgId).event.findMany({
    where,
    orderBy: [{ startsAt: filter === "past" ? "desc" : "asc" }, { id: "asc" }],
    skip,
    take,
    select: { id: true, title: true, slug: true, status: true, startsAt: true, endsAt: true, timeZone: true, venue: { select: { name: true } } },
  });
  const sums = await orgDb(orgId).ticketType.groupBy({ by: ["eventId"], where: { eventId: { in: rows.map((r) => r.id) } }, _sum: { sold: true, capacity: true } });
  const byEvent = new Map(sums.map((s) => [s.eventId, { sold: s._sum.sold ?? 0, capacity: s._sum.capacity ?? 0 }]));
  const items = rows.map((r) => ({ ...r, ...(byEvent.get(r.id) ?? { sold: 0, capacity: 0 }) }));
  return { items, total, page: current, pageCount };
}

export type EventListItem = Awaited<ReturnType<typeof listEvents>>["items"][number];

/** The overview card: the next event that is not over and not canceled, and tickets sold for upcoming events. */
export async function getEventsOverview({ orgId, now = new Date() }: { orgId: string; now?: Date }) {
  const upcoming = { endsAt: { gte: now }, status: { not: "CANCELED" as const } };
  const [next, count, sold] = await Promise.all([
    orgDb(orgId).event.findFirst({ where: upcoming, orderBy: { startsAt: "asc" }, select: { id: true, title: true, startsAt: true, timeZone: true } }),
    orgDb(orgId).event.count({ where: upcoming }),
    orgDb(orgId).ticketType.aggregate({ where: { event: upcoming }, _sum: { sold: true } }),
  ]);
  return { next, upcomingCount: count, ticketsSold: sold._sum.sold ?? 0 };
}
