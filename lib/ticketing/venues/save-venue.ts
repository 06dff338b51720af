import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import type { VenueFields } from "./venue-fields";

// Create, update and delete an org's venues. A venue some event uses cannot be deleted.
const venueNotFound = () => new AppError("NOT_FOUND", "Venue not found.");

export async function createVenue({ orgId, fields }: { orgId: string; fields: VenueFields }) {
  return orgDb(orgId).venue.create({ data: { ...fields, orgId }, select: { id: true } });
}

export async function updateVenue({ orgId, venueId, fields }: { orgId: string; venueId: string; fields: VenueFields }) {
  const { count } = await orgDb(orgId).venue.updateMany({ where: { id: venueId }, data: fields });
  if (count !== 1) throw venueNotFound();
}

export async function deleteVenue({ orgId, venueId }: { orgId: string; venueId: string }) {
  return orgDb(orgId).$transaction(async (tx) => {
    const venue = await tx.venue.findFirst({ where: { id: venueId }, select: { _count: { select: { events: true } } } });
    if (!venue) throw venueNotFound();
    if (venue._count.events > 0) throw new AppError("CONFLICT", `This venue is used by ${venue._count.events} event(s); move them to another venue first.`);
    await tx.venue.delete({ where: { id: venueId } });
  });
}
