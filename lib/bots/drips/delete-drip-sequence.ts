import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";

// Delete a drip sequence of the org's bot: its steps and enrollments go with it (cascade), so
// nobody gets a further step; messages already queued for a chat are still sent. A sequence of
// another org or bot is NOT_FOUND.
export async function deleteDripSequence({ orgId, botId, sequenceId }: { orgId: string; botId: string; sequenceId: string }): Promise<void> {
  const { count } = await orgDb(orgId).dripSequence.deleteMany({ where: { id: sequenceId, botId } });
  if (count === 0) throw new AppError("NOT_FOUND", "Sequence not found.");
}
