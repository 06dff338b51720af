import { orgDb } from "@/lib/db/org-db";

export type RecentCheckIn = { code: string; attendeeName: string; ticketTypeName: string; checkedInAt: string; byName: string | null };

/** The event's latest check-ins from every door, newest first (so one scanner sees the others'). */
export async function listRecentCheckIns({ orgId, eventId, take = 8 }: { orgId: string; eventId: string; take?: number }): Promise<RecentCheckIn[]> {
  const rows = await orgDb(orgId).ticket.findMany({
    where: { eventId, status: "CHECKED_IN" },
    orderBy: [{ checkedInAt: "desc" }, { id: "desc" }],
    take,
    select: { code: true, attendeeName: true, checkedInAt: true, ticketType: { select: { name: true } }, checkedInBy: { select: { name: true, email: true } } },
  });
  return rows.map((r) => ({
    code: r.code,
    attendeeName: r.attendeeName,
    ticketTypeName: r.ticketType.name,
    checkedInAt: (r.checkedInAt ?? new Date(0)).toISOString(),
    byName: r.checkedInBy ? (r.checkedInBy.name ?? r.checkedInBy.email) : null,
  }));
}
