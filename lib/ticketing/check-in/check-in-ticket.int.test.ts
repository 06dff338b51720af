import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrg } from "@/test/factories";
import { createTestEvent, createTicketOrder } from "@/test/ticketing-door-factories";
import { checkInTicket } from "./check-in-ticket";
import { getCheckInCounts } from "./get-check-in-counts";
import { undoCheckIn } from "./undo-check-in";

async function paidTicket() {
  const org = await createOrg();
  const event = await createTestEvent(org.orgId);
  const order = await createTicketOrder({ orgId: org.orgId, eventId: event.id, ticketTypeId: event.types[0].id, unitPrice: 2500, quantity: 2 });
  return { org, event, order, code: order.tickets[0].code };
}

describe("checkInTicket", () => {
  it("checks a valid ticket in once: 20 simultaneous scans give 1 success and 19 already checked in", async () => {
    const { org, event, code } = await paidTicket();
    const results = await Promise.all(Array.from({ length: 20 }, () => checkInTicket({ orgId: org.orgId, eventId: event.id, code, userId: org.userId })));
    expect(results.filter((r) => r.outcome === "CHECKED_IN")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "ALREADY_CHECKED_IN")).toHaveLength(19);
    const row = await db.ticket.findUniqueOrThrow({ where: { code } });
    expect(row).toMatchObject({ status: "CHECKED_IN", checkedInById: org.userId });
    const again = await checkInTicket({ orgId: org.orgId, eventId: event.id, code, userId: org.userId });
    expect(again.ticket).toMatchObject({ checkedInAt: row.checkedInAt, checkedInByName: expect.any(String) });
    expect(await getCheckInCounts({ orgId: org.orgId, eventId: event.id })).toEqual({ checkedIn: 1, sold: 2 });
  });

  it("says void, wrong event and unknown code, and never reveals another org's ticket", async () => {
    const { org, event, code } = await paidTicket();
    const other = await createTestEvent(org.orgId, { title: "Other night" });
    const wrong = await checkInTicket({ orgId: org.orgId, eventId: other.id, code, userId: org.userId });
    expect(wrong).toMatchObject({ outcome: "WRONG_EVENT", ticket: { eventTitle: event.title } });

    await db.ticket.update({ where: { code }, data: { status: "VOID" } });
    expect((await checkInTicket({ orgId: org.orgId, eventId: event.id, code, userId: org.userId })).outcome).toBe("VOID");
    expect(await checkInTicket({ orgId: org.orgId, eventId: event.id, code: "NoSuchCode_0000000000", userId: org.userId })).toEqual({ outcome: "UNKNOWN_CODE", ticket: null });

    const { code: foreignCode, event: foreignEvent } = await paidTicket();
    const foreign = await checkInTicket({ orgId: org.orgId, eventId: foreignEvent.id, code: foreignCode, userId: org.userId });
    expect(foreign).toEqual({ outcome: "UNKNOWN_CODE", ticket: null });
    expect((await db.ticket.findUniqueOrThrow({ where: { code: foreignCode } })).status).toBe("VALID");
  });

  it("undoes a check-in so the ticket can be checked in again, only in its own org and event", async () => {
    const { org, event, code } = await paidTicket();
    const staff = await addMember(org.orgId, "STAFF");
    expect((await checkInTicket({ orgId: org.orgId, eventId: event.id, code, userId: staff.id })).outcome).toBe("CHECKED_IN");
    const stranger = await createOrg();
    await expect(undoCheckIn({ orgId: stranger.orgId, eventId: event.id, code })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await undoCheckIn({ orgId: org.orgId, eventId: event.id, code });
    expect(await db.ticket.findUniqueOrThrow({ where: { code }, select: { status: true, checkedInAt: true, checkedInById: true } })).toEqual({ status: "VALID", checkedInAt: null, checkedInById: null });
    await expect(undoCheckIn({ orgId: org.orgId, eventId: event.id, code })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await checkInTicket({ orgId: org.orgId, eventId: event.id, code, userId: org.userId })).outcome).toBe("CHECKED_IN");
  });
});
