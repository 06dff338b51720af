import { cache } from "react";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { utcToLocal } from "../../shared/local-date-time";

// One event of an org: what its header, details form, lineup and history show. Memoised per
// request, so the event layout and the tab under it read it once.
export async function getEvent({ orgId, eventId }: { orgId: string; eventId: string }) {
  const event = await loadEvent(orgId, eventId);
  if (!event) throw new AppError("NOT_FOUND", "Event not found.");
  return event;
}

const loadEvent = cache((orgId: string, eventId: string) =>
  orgDb(orgId).event.findFirst({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      slug: true,
      description: true,
      coverImagePath: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      status: true,
      publishedAt: true,
      venueId: true,
      venue: { select: { name: true, city: true, capacity: true } },
      lineup: { orderBy: { position: "asc" }, select: { id: true, name: true, role: true, bio: true, notes: true, imagePath: true } },
      statusChanges: { orderBy: { createdAt: "desc" }, take: 50, select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true, byUser: { select: { name: true, email: true } } } },
      _count: { select: { ticketTypes: true } },
    },
  }),
);

export type EventDetail = Awaited<ReturnType<typeof getEvent>>;

/** The event as its form shows it. */
export function eventToForm(e: Pick<EventDetail, "title" | "slug" | "description" | "venueId" | "startsAt" | "endsAt" | "timeZone">) {
  return { title: e.title, slug: e.slug, description: e.description, venueId: e.venueId ?? "", startsAt: utcToLocal(e.startsAt, e.timeZone), endsAt: utcToLocal(e.endsAt, e.timeZone) };
}
