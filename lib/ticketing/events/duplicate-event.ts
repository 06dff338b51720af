import { orgDb } from "@/lib/db/org-db";
import { AppError, isUniqueViolation } from "@/lib/errors";

// A copy of an event as a new DRAFT: same details, lineup and ticket types (nothing sold or
// held), a free slug "<slug>-copy", "<slug>-copy-2", ...
const MAX_SLUG_TRIES = 20;

function copySlug(slug: string, attempt: number) {
  const suffix = attempt === 1 ? "-copy" : `-copy-${attempt}`;
  return (
    slug
      .replace(/-copy(-\d+)?$/, "")
      .slice(0, 80 - suffix.length)
      .replace(/-+$/, "") + suffix
  );
}

export async function duplicateEvent({ orgId, eventId, actorUserId }: { orgId: string; eventId: string; actorUserId: string | null }) {
  const source = await orgDb(orgId).event.findFirst({
    where: { id: eventId },
    select: {
      title: true,
      slug: true,
      description: true,
      coverImagePath: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      venueId: true,
      lineup: { orderBy: { position: "asc" }, select: { position: true, name: true, role: true, bio: true, imagePath: true, notes: true } },
      ticketTypes: { orderBy: { position: "asc" }, select: { position: true, name: true, description: true, price: true, currency: true, capacity: true, saleStartsAt: true, saleEndsAt: true, maxPerOrder: true, hidden: true, unlockCode: true } },
    },
  });
  if (!source) throw new AppError("NOT_FOUND", "Event not found.");
  const { lineup, ticketTypes, slug, title, ...details } = source;
  for (let attempt = 1; attempt <= MAX_SLUG_TRIES; attempt++) {
    try {
      return await orgDb(orgId).$transaction(async (tx) => {
        const copy = await tx.event.create({ data: { ...details, orgId, title: `${title} (copy)`.slice(0, 140), slug: copySlug(slug, attempt), createdById: actorUserId }, select: { id: true, slug: true } });
        await tx.eventStatusChange.create({ data: { eventId: copy.id, toStatus: "DRAFT", note: `Duplicated from ${slug}`, byUserId: actorUserId } });
        if (lineup.length) await tx.lineupItem.createMany({ data: lineup.map((item) => ({ ...item, eventId: copy.id })) });
        if (ticketTypes.length) await tx.ticketType.createMany({ data: ticketTypes.map((t) => ({ ...t, orgId, eventId: copy.id })) });
        return copy;
      });
    } catch (err) {
      if (!isUniqueViolation(err, "slug")) throw err;
    }
  }
  throw new AppError("CONFLICT", "Could not find a free address for the copy; rename the event's slug and try again.");
}
