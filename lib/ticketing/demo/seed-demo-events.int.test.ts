import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrg } from "@/test/factories";
import { seedDemoEvents } from "./seed-demo-events";

// Integration: the demo events are consistent (sold counters match tickets, orders add up) and seeded once.
describe("seedDemoEvents", () => {
  it("creates a past event with checked-in guests, an upcoming published one with a free type and a promo code, and a draft", async () => {
    const org = await createOrg();
    const staff = await addMember(org.orgId, "STAFF");
    await db.customer.createMany({ data: Array.from({ length: 40 }, (_, i) => ({ orgId: org.orgId, name: `Guest ${i}`, email: `g${i}@x.io` })) });
    const now = new Date("2026-11-22T10:00:00Z");
    const result = await seedDemoEvents({ orgId: org.orgId, now });
    expect(result).toMatchObject({ skipped: false, events: 3 });

    const events = await db.event.findMany({ where: { orgId: org.orgId }, orderBy: { startsAt: "asc" }, include: { ticketTypes: true, promoCodes: true, lineup: true, statusChanges: true } });
    const [past, upcoming, draft] = events;
    expect([past.status, past.endsAt < now, upcoming.status, upcoming.startsAt > now, draft.status]).toEqual(["PUBLISHED", true, "PUBLISHED", true, "DRAFT"]);
    expect(upcoming.ticketTypes.some((t) => t.price === 0)).toBe(true);
    expect(upcoming.ticketTypes.length).toBeGreaterThanOrEqual(2);
    expect(upcoming.promoCodes.map((p) => p.code)).toEqual(["LOOKBOOK15"]);
    expect(upcoming.lineup.length).toBeGreaterThan(0);
    expect(past.statusChanges.find((c) => c.toStatus === "IN_REVIEW")?.byUserId).toBe(staff.id);

    for (const type of events.flatMap((e) => e.ticketTypes)) expect(type.sold).toBe(await db.ticket.count({ where: { ticketTypeId: type.id } }));
    const orders = await db.order.findMany({ where: { orgId: org.orgId, eventId: past.id }, include: { items: true, tickets: true } });
    expect(orders.length).toBeGreaterThan(10);
    for (const o of orders) {
      expect([o.status, o.kind]).toEqual(["PAID", "TICKET"]);
      expect(o.amount).toBe(o.tickets.reduce((sum, t) => sum + t.amountPaid, 0));
      expect(o.paidAt!.getTime()).toBeLessThan(past.startsAt.getTime());
    }
    expect(await db.ticket.count({ where: { eventId: past.id, status: "CHECKED_IN" } })).toBeGreaterThan(0);
    expect(await db.ticket.count({ where: { eventId: upcoming.id, status: "CHECKED_IN" } })).toBe(0);
    expect(await db.order.count({ where: { eventId: draft.id } })).toBe(0);

    expect(await seedDemoEvents({ orgId: org.orgId, now })).toEqual({ skipped: true });
    expect(await db.event.count({ where: { orgId: org.orgId } })).toBe(3);
  });
});
