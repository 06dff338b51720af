import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { createTestEvent, createTicketOrder } from "@/test/ticketing-door-factories";
import { GET as exportAttendees } from "../[eventId]/orders/export/route";
import { cancelOrderAction } from "./actions";

// Integration: order actions and the attendee export as the dashboard calls them (roles, tenancy).
async function freeOrder() {
  const org = await createOrg();
  const event = await createTestEvent(org.orgId, { types: [{ name: "Free", price: 0 }] });
  const order = await createTicketOrder({ orgId: org.orgId, eventId: event.id, ticketTypeId: event.types[0].id, unitPrice: 0, quantity: 2 });
  return { org, event, order };
}

describe("cancelOrderAction", () => {
  it("is for owners and admins of the order's org only", async () => {
    const { org, order } = await freeOrder();
    const staff = await addMember(org.orgId, "STAFF");
    signInAs(staff.id);
    expect(await cancelOrderAction(null, form({ org: org.slug, id: order.id }))).toMatchObject({ ok: false, message: expect.stringContaining("role") });
    const other = await createOrg();
    signInAs(other.userId);
    expect(await cancelOrderAction(null, form({ org: other.slug, id: order.id }))).toMatchObject({ ok: false, message: "Order not found." });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    signInAs(org.userId);
    expect(await cancelOrderAction(null, form({ org: org.slug, id: order.id }))).toMatchObject({ ok: true, message: expect.stringContaining("canceled") });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELED");
  });
});

describe("GET attendee export", () => {
  it("downloads the event's attendees for admins; staff get 403, other orgs 404", async () => {
    const { org, event, order } = await freeOrder();
    const call = (slug: string) => exportAttendees(new Request(`http://localhost/${slug}/events/${event.id}/orders/export`), { params: Promise.resolve({ org: slug, eventId: event.id }) });
    signInAs(org.userId);
    const res = await call(org.slug);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(`attendees-${org.slug}-${event.id}`);
    expect(await res.text()).toContain(order.tickets[1].code);
    signInAs((await addMember(org.orgId, "STAFF")).id);
    expect((await call(org.slug)).status).toBe(403);
    const other = await createOrg();
    signInAs(other.userId);
    expect((await call(other.slug)).status).toBe(404);
  });
});
