import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";

// Delete a draft broadcast (never sent, no recipients yet). One conditional DELETE, so a draft
// that was just sent or scheduled (another tab, a race) is refused, not deleted; a broadcast of
// another org or bot is NOT_FOUND. Sent ones stay: they are the campaign's record.
export async function deleteDraftBroadcast({ orgId, botId, broadcastId }: { orgId: string; botId: string; broadcastId: string }): Promise<void> {
  const { count } = await orgDb(orgId).broadcast.deleteMany({ where: { id: broadcastId, botId, status: "DRAFT" } });
  if (count === 0) await refuseNotDraft({ orgId, botId, broadcastId, verb: "deleted" });
}

/** After a conditional write on a draft changed nothing: NOT_FOUND, or CONFLICT saying what it is now. */
export async function refuseNotDraft({ orgId, botId, broadcastId, verb }: { orgId: string; botId: string; broadcastId: string; verb: string }): Promise<never> {
  const exists = await orgDb(orgId).broadcast.findFirst({ where: { id: broadcastId, botId }, select: { status: true } });
  if (!exists) throw new AppError("NOT_FOUND", "Broadcast not found.");
  throw new AppError("CONFLICT", `Only drafts can be ${verb}; this broadcast is ${exists.status.toLowerCase()}.`);
}
