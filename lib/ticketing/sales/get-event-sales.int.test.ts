import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { createTestEvent, createTicketOrder } from "@/test/ticketing-door-factories";
import { getEventSales } from "./get-event-sales";

describe("getEventSales", () => {
  it("counts sold tickets per day and type, revenue net of refunds and check-ins, for the org's event only", async () => {
    const org = await createOrg();
    const event = await createTestEvent(org.orgId, {
      types: [
        { name: "Early", price: 1500, capacity: 50 },
        { name: "VIP", price: 6000, capacity: 10 },
      ],
    });
    const [early, vip] = event.types;
    const a = await createTicketOrder({ orgId: org.orgId, eventId: event.id, ticketTypeId: early.id, unitPrice: 1500, quantity: 3, paidAt: new Date("2026-11-20T23:30:00Z") }); // Nov 21 in Berlin
    await createTicketOrder({ orgId: org.orgId, eventId: event.id, ticketTypeId: vip.id, unitPrice: 6000 });
    await createTicketOrder({ orgId: org.orgId, eventId: event.id, ticketTypeId: vip.id, unitPrice: 6000, status: "REFUNDED" });
    // A sale is dated by its order (as the order lists show it), not by when its tickets were written.
    await db.ticket.updateMany({ where: { orderId: a.id }, data: { createdAt: new Date("2026-11-25T10:00:00Z") } });
    await db.ticket.update({ where: { code: a.tickets[0].code }, data: { status: "CHECKED_IN", checkedInAt: new Date() } });

    const sales = await getEventSales({ orgId: org.orgId, eventId: event.id, timeZone: "Europe/Berlin", currency: "USD" });
    expect(sales.series.slice(0, 2)).toEqual([
      { day: "2026-11-20", sold: 0, revenue: 0, cumulative: 0 },
      { day: "2026-11-21", sold: 3, revenue: 4500, cumulative: 3 },
    ]);
    expect(sales.series[sales.series.length - 1].cumulative).toBe(4);
    expect(sales.byType).toEqual([
      { id: early.id, name: "Early", capacity: 50, sold: 3, revenue: 4500 },
      { id: vip.id, name: "VIP", capacity: 10, sold: 1, revenue: 6000 },
    ]);
    expect(sales.revenue).toEqual({ currency: "EUR", gross: 16500, refunded: 6000, net: 10500 });
    expect(sales.checkIn).toEqual({ checkedIn: 1, sold: 4 });

    const stranger = await createOrg();
    const none = await getEventSales({ orgId: stranger.orgId, eventId: event.id, timeZone: "Europe/Berlin", currency: "EUR" });
    expect(none).toEqual({ series: [], byType: [], revenue: { currency: "EUR", gross: 0, refunded: 0, net: 0 }, checkIn: { checkedIn: 0, sold: 0 } });
  });
});
