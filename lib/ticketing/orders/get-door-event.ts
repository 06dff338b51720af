import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";

/** The event the door pages are about, only within the org: another org's id is NOT_FOUND. */
export async function getDoorEvent({ orgId, eventId }: { orgId: string; eventId: string }) {
  const event = await orgDb(orgId).event.findFirst({ where: { id: eventId }, select: { id: true, title: true, timeZone: true } });
  if (!event) throw new AppError("NOT_FOUND", "Event not found.");
  return event;
}
