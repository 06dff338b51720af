import { orgDb } from "@/lib/db/org-db";

export type CheckInCounts = { checkedIn: number; sold: number };

/** Tickets checked in vs sold (valid + checked in; void tickets do not count) for one event of the org. */
export async function getCheckInCounts({ orgId, eventId }: { orgId: string; eventId: string }): Promise<CheckInCounts> {
  const groups = await orgDb(orgId).ticket.groupBy({ by: ["status"], where: { eventId, status: { in: ["VALID", "CHECKED_IN"] } }, _count: { _all: true } });
  const count = (status: string) => groups.find((g) => g.status === status)?._count._all ?? 0;
  return { checkedIn: count("CHECKED_IN"), sold: count("CHECKED_IN") + count("VALID") };
}
