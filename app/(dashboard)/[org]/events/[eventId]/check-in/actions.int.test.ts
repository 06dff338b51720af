import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { createTestEvent, createTicketOrder } from "@/test/ticketing-door-factories";
import { checkInAction, undoCheckInAction } from "./actions";
import { GET as counts } from "./counts/route";

// Integration: the door's server actions and counts route, called as the check-in screen calls them.
async function door() {
  const org = await createOrg();
  const staff = await addMember(org.orgId, "STAFF");
  const event = await createTestEvent(org.orgId, { title: "Door night" });
  const order = await createTicketOrder({ orgId: org.orgId, eventId: event.id, ticketTypeId: event.types[0].id, unitPrice: 1000, quantity: 2, buyerName: "Mo" });
  return { org, staff, event, code: order.tickets[0].code };
}

describe("check-in actions", () => {
  it("lets staff check a scanned ticket link in, then says already checked in with when and by whom", async () => {
    const { org, staff, event, code } = await door();
    signInAs(staff.id);
    const first = await checkInAction(null, form({ org: org.slug, eventId: event.id, code: `http://localhost:3000/t/${code}` }));
    expect(first).toMatchObject({ ok: true, data: { outcome: "CHECKED_IN", code, attendeeName: "Mo 1", ticketTypeName: "General" } });
    const second = await checkInAction(null, form({ org: org.slug, eventId: event.id, code }));
    expect(second).toMatchObject({ ok: true, data: { outcome: "ALREADY_CHECKED_IN", checkedInByName: staff.name, checkedInAt: expect.stringMatching(/^\d{4}-/) } });
  });

  it("rejects what is not a code with a field error, and another org's event as not found", async () => {
    const { org, staff, event } = await door();
    const other = await door();
    signInAs(staff.id);
    expect(await checkInAction(null, form({ org: org.slug, eventId: event.id, code: "not a code!" }))).toMatchObject({ ok: false, fieldErrors: { code: expect.stringContaining("not a ticket code") } });
    expect(await checkInAction(null, form({ org: org.slug, eventId: event.id, code: "" }))).toMatchObject({ ok: false, fieldErrors: { code: "Enter a ticket code" } });
    expect(await checkInAction(null, form({ org: org.slug, eventId: other.event.id, code: other.code }))).toMatchObject({ ok: false, message: "Event not found." });
    expect(await checkInAction(null, form({ org: other.org.slug, eventId: other.event.id, code: other.code }))).toMatchObject({ ok: false, message: "Not found." });
    expect((await db.ticket.findUniqueOrThrow({ where: { code: other.code } })).status).toBe("VALID");
  });

  it("lets only owners and admins undo a check-in", async () => {
    const { org, staff, event, code } = await door();
    signInAs(staff.id);
    await checkInAction(null, form({ org: org.slug, eventId: event.id, code }));
    expect(await undoCheckInAction(null, form({ org: org.slug, eventId: event.id, code }))).toMatchObject({ ok: false, message: expect.stringContaining("role") });
    signInAs(org.userId);
    expect(await undoCheckInAction(null, form({ org: org.slug, eventId: event.id, code }))).toMatchObject({ ok: true });
    expect((await db.ticket.findUniqueOrThrow({ where: { code } })).status).toBe("VALID");
  });
});

describe("GET check-in counts", () => {
  it("answers checked in vs sold to members, 404 to others", async () => {
    const { org, staff, event, code } = await door();
    signInAs(staff.id);
    await checkInAction(null, form({ org: org.slug, eventId: event.id, code }));
    const call = (slug: string, eventId: string) => counts(new Request(`http://localhost/${slug}/events/${eventId}/check-in/counts`), { params: Promise.resolve({ org: slug, eventId }) });
    const res = await call(org.slug, event.id);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ checkedIn: 1, sold: 2, recent: [{ code, attendeeName: "Mo 1", ticketTypeName: "General", checkedInAt: expect.any(String), byName: staff.name }] });
    const stranger = await door();
    expect((await call(org.slug, stranger.event.id)).status).toBe(404);
    expect((await call(stranger.org.slug, stranger.event.id)).status).toBe(404);
    signInAs(null);
    expect((await call(org.slug, event.id)).status).toBe(401);
  });
});
