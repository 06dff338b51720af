import { describe, expect, it } from "vitest";
import { seedDemoCampaigns } from "@/lib/analytics/campaigns/seed-demo-campaigns";
import { getOverviewStats } from "@/lib/analytics/reports/get-overview-stats";
import { db } from "@/lib/db/client";
import { getEventSales } from "@/lib/ticketing/sales/get-event-sales";
import { seedDemo, seedDemoIfEmpty } from "@/prisma/seed";
import { createOrg } from "./factories";

// The demo seed fills every analytics tab of the demo org, campaigns included, and running it
// again adds nothing. Its history is real data every page agrees on: nothing dated after now,
// every ticket order for an event with its tickets, every paid booking order with its booking.
const now = new Date("2026-03-10T23:30:00Z"); // already March 11 in Berlin
let seeded: { orgId: string } | undefined;

describe("demo seed", () => {
  it("seeds the demo org with orders, scores and campaigns ending yesterday in its time zone", async () => {
    const { orgId, orders, campaignDays } = await seedDemo(now);
    seeded = { orgId };
    expect(orders).toBeGreaterThan(300);
    expect(await db.customerScore.count({ where: { orgId } })).toBeGreaterThan(0);

    const campaigns = await db.campaign.findMany({ where: { orgId }, select: { name: true, currency: true, endsOn: true, _count: { select: { metrics: true } } }, orderBy: { name: "asc" } });
    expect(campaigns.map((c) => c.name)).toEqual(["Google Search: brand", "Instagram: spring looks", "Market flyers", "Telegram channel promo"]);
    expect(campaigns.every((c) => c.currency === "EUR")).toBe(true);
    expect(campaignDays).toBe(90 + 90 + 60 + 40);
    expect(campaigns.reduce((n, c) => n + c._count.metrics, 0)).toBe(campaignDays);
    const last = await db.campaignMetric.aggregate({ where: { orgId }, _max: { date: true } });
    expect(last._max.date?.toISOString().slice(0, 10)).toBe("2026-03-10");

    expect(await seedDemoIfEmpty()).toBe(false);
    expect(await seedDemoCampaigns({ orgId, currency: "EUR", timeZone: "Europe/Berlin", now })).toBe(0);
    expect(await db.campaignMetric.count({ where: { orgId } })).toBe(campaignDays);
  }, 60_000);

  it("dates nothing after now, and every sale is a real one with its event and tickets or its booking", async () => {
    const { orgId } = seeded!;
    const later = { gt: now };
    expect(await db.order.count({ where: { orgId, OR: [{ paidAt: later }, { createdAt: later }] } })).toBe(0);
    expect(await db.ticket.count({ where: { orgId, OR: [{ createdAt: later }, { checkedInAt: later }] } })).toBe(0);
    expect(await db.booking.count({ where: { orgId, OR: [{ createdAt: later }, { confirmedAt: later }, { canceledAt: later }] } })).toBe(0);
    expect(await db.customer.count({ where: { orgId, createdAt: later } })).toBe(0);
    expect(await db.event.count({ where: { orgId, OR: [{ createdAt: later }, { publishedAt: later }] } })).toBe(0);
    expect(await db.eventStatusChange.count({ where: { event: { orgId }, createdAt: later } })).toBe(0);
    expect(await db.ticket.count({ where: { orgId, status: "CHECKED_IN", event: { startsAt: later } } })).toBe(0);

    const ticketOrders = await db.order.findMany({
      where: { orgId, kind: "TICKET" },
      select: { status: true, amount: true, paidAt: true, eventId: true, buyerName: true, items: { select: { quantity: true } }, tickets: { select: { amountPaid: true, createdAt: true } } },
    });
    for (const o of ticketOrders) {
      expect(o.eventId && o.buyerName && o.status).toBe("PAID");
      expect(o.tickets.length).toBe(o.items.reduce((n, i) => n + i.quantity, 0));
      expect(o.tickets.length).toBeGreaterThan(0);
      expect(o.amount).toBe(o.tickets.reduce((sum, t) => sum + t.amountPaid, 0));
      for (const t of o.tickets) expect(t.createdAt).toEqual(o.paidAt); // issued when the order was paid
    }
    const bookingOrders = await db.order.findMany({
      where: { orgId, kind: "BOOKING" },
      select: { status: true, amount: true, paidAt: true, booking: { select: { createdAt: true, service: { select: { price: true } }, staffMember: { select: { name: true } } } } },
    });
    for (const o of bookingOrders) {
      expect(o.status).toBe("PAID");
      expect(o.booking).toMatchObject({ createdAt: o.paidAt, service: { price: o.amount }, staffMember: { name: expect.any(String) } }); // paid when booked
    }

    // Enough of a history for the models: many customers, many with repeat purchases, over ~1.5 years.
    expect(await db.customer.count({ where: { orgId } })).toBe(240);
    expect(ticketOrders.length).toBeGreaterThan(200);
    expect(bookingOrders.length).toBeGreaterThan(300);
    const perCustomer = await db.order.groupBy({ by: ["customerId"], where: { orgId }, _count: { _all: true } });
    expect(perCustomer.length).toBeGreaterThan(150);
    expect(perCustomer.filter((c) => c._count._all >= 2).length).toBeGreaterThan(80);
    const span = await db.order.aggregate({ where: { orgId }, _min: { paidAt: true } });
    expect(now.getTime() - span._min.paidAt!.getTime()).toBeGreaterThan(400 * 86_400_000);

    // Each event's Sales chart puts its tickets on the days its orders were paid.
    const events = await db.event.findMany({ where: { orgId }, select: { id: true, timeZone: true, endsAt: true, orders: { select: { paidAt: true, _count: { select: { tickets: true } } } } } });
    expect(events.filter((e) => e.endsAt < now && e.orders.length > 10).length).toBeGreaterThanOrEqual(8);
    for (const e of events) {
      const expected = new Map<string, number>();
      for (const o of e.orders) {
        const day = new Intl.DateTimeFormat("en-CA", { timeZone: e.timeZone }).format(o.paidAt!);
        expected.set(day, (expected.get(day) ?? 0) + o._count.tickets);
      }
      const { series } = await getEventSales({ orgId, eventId: e.id, timeZone: e.timeZone, currency: "EUR" });
      expect(new Map(series.filter((p) => p.sold > 0).map((p) => [p.day, p.sold]))).toEqual(expected);
    }

    // The Overview's recent orders: the latest sales up to now, newest first.
    const { recentOrders } = await getOverviewStats({ orgId, currency: "EUR", now });
    expect(recentOrders).toHaveLength(5);
    const paid = recentOrders.map((o) => o.paidAt!.getTime());
    expect(paid).toEqual([...paid].sort((a, b) => b - a));
    expect(paid[0]).toBeLessThanOrEqual(now.getTime());
    expect(new Set(recentOrders.map((o) => o.kind))).toEqual(new Set(["TICKET", "BOOKING"]));
  });

  it("seeds campaigns in the org's currency and never over existing ones", async () => {
    const org = await createOrg({ currency: "USD", timezone: "America/New_York" });
    await db.campaign.create({ data: { orgId: org.orgId, name: "Mine", channel: "email", currency: "USD" } });
    expect(await seedDemoCampaigns({ orgId: org.orgId, currency: "USD", timeZone: org.timezone })).toBe(0);
    expect(await db.campaign.count({ where: { orgId: org.orgId } })).toBe(1);

    const fresh = await createOrg({ currency: "USD" });
    expect(await seedDemoCampaigns({ orgId: fresh.orgId, currency: "USD", timeZone: "UTC" })).toBe(280);
    expect(await db.campaign.count({ where: { orgId: fresh.orgId, currency: "USD" } })).toBe(4);
  });
});
