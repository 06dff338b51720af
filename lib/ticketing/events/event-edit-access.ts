import type { Prisma } from "@/lib/db/client";
import type { EventStatus, Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/roles";

// Who may change an event's details, lineup, cover and ticket types: staff only while it is a
// draft; once in review or published, owners and admins (as for the workflow steps themselves).
export const STAFF_EDITS_DRAFTS_ONLY = "Only an owner or admin can change an event that is in review or published; staff can edit drafts.";

export function canEditEvent(role: Role, status: EventStatus): boolean {
  return status === "DRAFT" || hasRole(role, "ADMIN");
}

/**
 * In the editing transaction: the event of `orgId` (404 otherwise), share-locked so that a
 * concurrent workflow step waits for this edit, and FORBIDDEN with nothing changed when `role`
 * may not edit it in its status.
 */
export async function lockEventForEdit(tx: Prisma.TransactionClient, { orgId, eventId, role }: { orgId: string; eventId: string; role: Role }) {
  const [event] = await tx.$queryRaw<{ status: EventStatus; timeZone: string }[]>`
    SELECT status, "timeZone" FROM "Event" WHERE id = ${eventId} AND "orgId" = ${orgId} FOR SHARE`;
  if (!event) throw new AppError("NOT_FOUND", "Event not found.");
  if (!canEditEvent(role, event.status)) throw new AppError("FORBIDDEN", STAFF_EDITS_DRAFTS_ONLY);
  return event;
}
