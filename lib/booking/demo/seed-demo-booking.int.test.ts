import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { seedDemoBooking } from "./seed-demo-booking";

// Integration: the demo booking data is believable, consistent and seeded once.
describe("seedDemoBooking", () => {
  it("creates staff, services and ~40 bookings with paid orders; a second run changes nothing", async () => {
    const org = await createOrg();
    await db.customer.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ orgId: org.orgId, name: `Client ${i}`, email: `c${i}@x.io` })) });
    const now = new Date("2026-11-22T10:00:00Z");
    const result = await seedDemoBooking({ orgId: org.orgId, now });
    expect(result).toMatchObject({ skipped: false, staff: 3, services: 4 });
    const bookings = await db.booking.findMany({ where: { orgId: org.orgId }, include: { service: true, order: true } });
    expect(bookings.length).toBeGreaterThanOrEqual(30);
    expect(bookings.length).toBeLessThanOrEqual(40);
    expect(new Set((await db.staffMember.findMany({ where: { orgId: org.orgId } })).map((s) => s.timeZone))).toEqual(new Set(["Europe/Berlin", "Europe/Lisbon"]));
    for (const b of bookings) {
      const past = b.startsAt < now;
      expect(past ? ["COMPLETED", "NO_SHOW", "CANCELED"] : ["CONFIRMED", "PENDING_CONFIRMATION", "CANCELED"]).toContain(b.status);
      if (b.service.requiresPayment) expect(b.order).toMatchObject({ status: "PAID", kind: "BOOKING", amount: b.service.price, customerId: b.customerId });
      else expect(b.order).toBeNull();
    }
    expect(bookings.some((b) => b.startsAt < now && b.order)).toBe(true);
    expect(bookings.some((b) => b.status === "PENDING_CONFIRMATION")).toBe(true);
    expect(await db.dateOverride.count({ where: { staffMember: { orgId: org.orgId }, ranges: { equals: [] } } })).toBe(1);

    expect(await seedDemoBooking({ orgId: org.orgId, now })).toEqual({ skipped: true });
    expect(await db.booking.count({ where: { orgId: org.orgId } })).toBe(bookings.length);
  });
});
