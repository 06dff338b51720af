import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors";
import { createBookableService, createOrg } from "@/test/factories";
import { isBookingOverlapError } from "./is-booking-overlap-error";

// What Prisma 7 + adapter-pg really throws when two active bookings of one staff member overlap.
describe("isBookingOverlapError against the real database", () => {
  it("recognises Booking_no_overlap from the real database, inside and outside a transaction", async () => {
    const { orgId } = await createOrg();
    const service = await createBookableService({ orgId });
    const customer = await db.customer.create({ data: { orgId, name: "C", email: "c@test.dev" } });
    const at = (h: number) => new Date(Date.UTC(2030, 0, 7, h));
    const row = (from: number, to: number) => ({
      orgId,
      serviceId: service.id,
      staffMemberId: service.staff[0].id,
      customerId: customer.id,
      status: "CONFIRMED" as const,
      startsAt: at(from),
      endsAt: at(to),
      blockedFrom: at(from),
      blockedUntil: at(to),
      clientName: "C",
      clientEmail: "c@test.dev",
      clientTimeZone: "UTC",
    });
    await db.booking.create({ data: row(10, 12) });
    const direct = await db.booking.create({ data: row(11, 13) }).catch((e: unknown) => e);
    const inTx = await db.$transaction((tx) => tx.booking.create({ data: row(11, 13) })).catch((e: unknown) => e);
    for (const err of [direct, inTx]) {
      expect(isBookingOverlapError(err)).toBe(true);
      expect(isUniqueViolation(err)).toBe(false);
    }
    // Touching ranges do not overlap; a canceled booking no longer blocks.
    await db.booking.create({ data: row(12, 13) });
    await db.booking.updateMany({ where: { orgId }, data: { status: "CANCELED" } });
    await db.booking.create({ data: row(11, 12) });
    const unique = await db.customer.create({ data: { orgId, name: "D", email: "c@test.dev" } }).catch((e: unknown) => e);
    expect(isBookingOverlapError(unique)).toBe(false);
  });
});
