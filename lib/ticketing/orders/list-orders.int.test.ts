import { describe, expect, it } from "vitest";
import { createOrg } from "@/test/factories";
import { createTestEvent, createTicketOrder } from "@/test/ticketing-door-factories";
import { parseOrderFiltersLenient } from "./order-filters";
import { countOrders, listOrders } from "./list-orders";

async function orgWithOrders() {
  const org = await createOrg();
  const event = await createTestEvent(org.orgId, { title: "Spring Gala" });
  const other = await createTestEvent(org.orgId, { title: "Autumn Show" });
  const base = { orgId: org.orgId, ticketTypeId: event.types[0].id, unitPrice: 2500 };
  const ana = await createTicketOrder({ ...base, eventId: event.id, buyerName: "Ana Lopez", buyerEmail: "ana@example.com", quantity: 2 });
  const ben = await createTicketOrder({ ...base, eventId: event.id, buyerName: "Ben Okafor", status: "REFUNDED" });
  const cy = await createTicketOrder({ ...base, eventId: event.id, buyerName: "Cy Pending", status: "PENDING" });
  const dee = await createTicketOrder({ orgId: org.orgId, eventId: other.id, ticketTypeId: other.types[0].id, unitPrice: 1000, buyerName: "Dee Other" });
  return { org, event, other, ana, ben, cy, dee };
}

describe("listOrders", () => {
  it("lists the org's ticket orders newest first, per event, with totals of paid and refunded money", async () => {
    const { org, event, ana, ben, cy, dee } = await orgWithOrders();
    const all = await listOrders({ orgId: org.orgId, filters: {} });
    expect(all.items.map((o) => o.id)).toEqual([dee.id, cy.id, ben.id, ana.id]);
    expect(all.totals).toEqual({ orders: 4, paid: [{ currency: "EUR", amount: 6000, orders: 2 }], refunded: [{ currency: "EUR", amount: 2500, orders: 1 }] });
    const perEvent = await listOrders({ orgId: org.orgId, eventId: event.id, filters: {} });
    expect(perEvent.items.map((o) => o.id)).toEqual([cy.id, ben.id, ana.id]);
    expect(perEvent.items[2]).toMatchObject({ buyerName: "Ana Lopez", status: "PAID", amount: 5000, event: { title: "Spring Gala" }, _count: { tickets: 2 } });
    expect(await countOrders({ orgId: org.orgId, eventId: event.id })).toBe(3);
  });

  it("searches by buyer name or email, order id, exact ticket code and attendee; filters by status; pages", async () => {
    const { org, ana, ben, dee } = await orgWithOrders();
    const ids = async (filters: Parameters<typeof listOrders>[0]["filters"]) => (await listOrders({ orgId: org.orgId, filters })).items.map((o) => o.id);
    expect(await ids({ q: "lopez" })).toEqual([ana.id]);
    expect(await ids({ q: "ANA@EXAMPLE" })).toEqual([ana.id]);
    expect(await ids({ q: ben.id })).toEqual([ben.id]);
    expect(await ids({ q: dee.tickets[0].code })).toEqual([dee.id]);
    expect(await ids({ q: `https://tickets.example.com/t/${dee.tickets[0].code}` })).toEqual([dee.id]);
    expect(await ids({ q: dee.tickets[0].code.slice(0, 10) })).toEqual([]); // codes match exactly, never by prefix
    expect(await ids({ status: "REFUNDED" })).toEqual([ben.id]);
    expect(await ids({ q: "ana", status: "REFUNDED" })).toEqual([]);
    const paged = await listOrders({ orgId: org.orgId, filters: {}, page: 9, pageSize: 3 });
    expect({ page: paged.page, pageCount: paged.pageCount, n: paged.items.length }).toEqual({ page: 2, pageCount: 2, n: 1 });
  });

  it("never shows another org's orders, whatever the search", async () => {
    const { ana } = await orgWithOrders();
    const stranger = await createOrg();
    expect((await listOrders({ orgId: stranger.orgId, filters: { q: ana.id } })).total).toBe(0);
    expect((await listOrders({ orgId: stranger.orgId, filters: { q: ana.tickets[0].code } })).total).toBe(0);
  });

  it("drops only the bad filter from a URL", () => {
    expect(parseOrderFiltersLenient({ q: "  ana ", status: "BOGUS" })).toEqual({ q: "ana", status: undefined });
    expect(parseOrderFiltersLenient({ q: "x".repeat(201), status: "PAID" })).toEqual({ q: undefined, status: "PAID" });
  });
});
