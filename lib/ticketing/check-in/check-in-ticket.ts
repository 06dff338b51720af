import { db } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { classifyMiss, type CheckInResult, type TicketAtDoor } from "./classify-check-in";

// Checks a ticket in at the door: one conditional UPDATE, so of any number of simultaneous scans
// of one code exactly one succeeds; a miss is then classified (already in, void, wrong event,
// unknown). Only codes of the caller's org are ever seen: another org's code is unknown.
export async function checkInTicket({ orgId, eventId, code, userId }: { orgId: string; eventId: string; code: string; userId: string }): Promise<CheckInResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    // The winner gets what the door screen shows from the same statement: one round trip.
    const [won] = await db.$queryRaw<(Omit<TicketAtDoor, "status"> & { status: "CHECKED_IN" })[]>`
      UPDATE "Ticket" t SET status = 'CHECKED_IN', "checkedInAt" = now(), "checkedInById" = ${userId}
      FROM "TicketType" tt, "Event" e, "User" u
      WHERE t.code = ${code} AND t."orgId" = ${orgId} AND t."eventId" = ${eventId} AND t.status = 'VALID'
        AND tt.id = t."ticketTypeId" AND e.id = t."eventId" AND u.id = ${userId}
      RETURNING t.code, t."eventId", e.title AS "eventTitle", t."attendeeName", tt.name AS "ticketTypeName", 'CHECKED_IN' AS status, t."checkedInAt", coalesce(u.name, u.email) AS "checkedInByName"`;
    if (won) return { outcome: "CHECKED_IN", ticket: won };
    const ticket = await findTicketAtDoor({ orgId, code });
    const outcome = classifyMiss(ticket, eventId);
    if (outcome !== "RETRY") return { outcome, ticket: outcome === "UNKNOWN_CODE" ? null : ticket };
  }
  return { outcome: "ALREADY_CHECKED_IN", ticket: await findTicketAtDoor({ orgId, code }) };
}

export async function findTicketAtDoor({ orgId, code }: { orgId: string; code: string }): Promise<TicketAtDoor | null> {
  const row = await orgDb(orgId).ticket.findFirst({
    where: { code },
    select: {
      code: true,
      eventId: true,
      attendeeName: true,
      status: true,
      checkedInAt: true,
      event: { select: { title: true } },
      ticketType: { select: { name: true } },
      checkedInBy: { select: { name: true, email: true } },
    },
  });
  if (!row) return null;
  return {
    code: row.code,
    eventId: row.eventId,
    eventTitle: row.event.title,
    attendeeName: row.attendeeName,
    ticketTypeName: row.ticketType.name,
    status: row.status,
    checkedInAt: row.checkedInAt,
    checkedInByName: row.checkedInBy ? (row.checkedInBy.name ?? row.checkedInBy.email) : null,
  };
}
