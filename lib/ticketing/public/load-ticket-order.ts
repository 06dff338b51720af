import { db, type Prisma } from "@/lib/db/client";
import { formatEventRange } from "../../shared/local-date-time";

// One ticket order with what its pages and emails show: event, venue, tickets.
export async function loadTicketOrder(options: { orgId?: string; orderId: string }, client: Pick<Prisma.TransactionClient, "order"> = db) {
  return client.order.findFirst({
    where: { id: options.orderId, kind: "TICKET", ...(options.orgId ? { orgId: options.orgId } : {}) },
    select: {
      id: true, orgId: true, status: true, amount: true, discount: true, currency: true, buyerName: true, buyerEmail: true, holdExpiresAt: true, createdAt: true,
      org: { select: { name: true } },
      event: { select: { id: true, slug: true, title: true, startsAt: true, endsAt: true, timeZone: true, status: true, venue: { select: { name: true, address: true, city: true } } } },
      items: { orderBy: { id: "asc" }, select: { quantity: true, unitPrice: true, discount: true, ticketType: { select: { name: true } } } },
      tickets: { orderBy: { createdAt: "asc" }, select: { id: true, code: true, attendeeName: true, attendeeEmail: true, status: true, ticketType: { select: { name: true } } } },
    },
  });
}

export type TicketOrder = NonNullable<Awaited<ReturnType<typeof loadTicketOrder>>>;

export type EventWhere = { title: string; startsAt: Date; endsAt: Date; timeZone: string; venue: { name: string; address: string; city: string } | null };

/** The event's times for attendees (emails, ticket, Telegram): the dashboard's range plus the zone it is in. */
export function formatEventTime(event: Pick<EventWhere, "startsAt" | "endsAt" | "timeZone">): string {
  return `${formatEventRange(event.startsAt, event.endsAt, event.timeZone)} (${event.timeZone})`;
}

export function formatVenue(venue: EventWhere["venue"]): string | null {
  return venue ? [venue.name, venue.address, venue.city].filter(Boolean).join(", ") : null;
}
