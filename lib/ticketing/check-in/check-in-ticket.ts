import { db } from "@/lib/db/client";
import { classifyMiss, type CheckInResult, type TicketAtDoor } from "./classify-check-in";

// Checks a ticket in at the door: one conditional UPDATE, so of any number of simultaneous scans
// of one code exactly one succeeds; a miss is then classified (already in, void, wrong event,
// unknown). Only codes of the caller's org are ever seen: another org's code is unknown.
export async function checkInTicket({ orgId, eventId, code, userId }: { orgId: string; eventId: string; code: string; userId: string }): Promise<CheckInResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const updated = await db.$queryRaw<{ id: string }[]>`
      UPDATE "Ticket" SET status = 'CHECKED_IN', "checkedInAt" = now(), "checkedInById" = ${userId}
      WHERE code = ${code} AND "orgId" = ${orgId} AND "eventId" = ${eventId} AND status = 'VALID'
      RETURNING id`;
    const ticket = await findTicketAtDoor({ orgId, code });
    if (updated.length > 0) return { outcome: "CHECKED_IN", ticket };
    const outcome = classifyMiss(ticket, eventId);
    if (outcome !== "RETRY") return { outcome, ticket: outcome === "UNKNOWN_CODE" ? null : ticket };
  }
  return { outcome: "ALREADY_CHECKED_IN", ticket: await findTicketAtDoor({ orgId, code }) };
}

export async function findTicketAtDoor({ orgId, code }: { orgId: string; code: string }): Promise<TicketAtDoor | null> {
  const row = await db.ticket.findFirst({
    where: { code, orgId },
    select: {
      code: true, eventId: true, attendeeName: true, status: true, checkedInAt: true,
      event: { select: { title: true } }, ticketType: { select: { name: true } }, checkedInBy: { select: { name: true, email: true } },
    },
  });
  if (!row) return null;
  return {
    code: row.code, eventId: row.eventId, eventTitle: row.event.title, attendeeName: row.attendeeName, ticketTypeName: row.ticketType.name,
    status: row.status, checkedInAt: row.checkedInAt, checkedInByName: row.checkedInBy ? (row.checkedInBy.name ?? row.checkedInBy.email) : null,
  };
}
