import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";

// Takes a check-in back (a mistaken scan): the ticket is VALID again and can be checked in anew.
export async function undoCheckIn({ orgId, eventId, code }: { orgId: string; eventId: string; code: string }): Promise<void> {
  const undone = await orgDb(orgId).ticket.updateMany({ where: { eventId, code, status: "CHECKED_IN" }, data: { status: "VALID", checkedInAt: null, checkedInById: null } });
  if (undone.count === 0) throw new AppError("NOT_FOUND", "This ticket is not checked in at this event.");
}
