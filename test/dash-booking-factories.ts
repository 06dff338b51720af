import { db } from "@/lib/db/client";
import type { BookingStatus } from "@/lib/db/generated/enums";
import { uid } from "./factories";

// Booking rows for the dashboard's integration tests, written straight to the database (the
// public booking flow that normally creates them is another area's, tested there).
export async function createStaffAndService(orgId: string, overrides: { staffName?: string; serviceName?: string; reminderOffsetsMinutes?: number[]; timeZone?: string } = {}) {
  const id = uid();
  const staff = await db.staffMember.create({ data: { orgId, name: overrides.staffName ?? `Staff ${id}`, timeZone: overrides.timeZone ?? "Europe/Berlin" }, select: { id: true, name: true } });
  const service = await db.service.create({
    data: { orgId, name: overrides.serviceName ?? `Service ${id}`, slug: `service-${id}`, durationMinutes: 60, currency: "EUR", ...(overrides.reminderOffsetsMinutes ? { reminderOffsetsMinutes: overrides.reminderOffsetsMinutes } : {}) },
    select: { id: true, name: true },
  });
  await db.serviceStaff.create({ data: { orgId, serviceId: service.id, staffMemberId: staff.id } });
  return { staff, service };
}

export async function createTestCustomer(orgId: string, overrides: { name?: string; email?: string } = {}) {
  const id = uid();
  return db.customer.create({ data: { orgId, name: overrides.name ?? `Client ${id}`, email: overrides.email ?? `client-${id}@test.dev`, source: "BOOKING" }, select: { id: true, name: true, email: true } });
}

export async function createTestBooking({
  orgId,
  serviceId,
  staffMemberId,
  customerId,
  startsAt,
  status = "CONFIRMED",
  minutes = 60,
  createdAt,
  clientName,
  clientEmail,
}: {
  orgId: string;
  serviceId: string;
  staffMemberId: string;
  customerId?: string;
  startsAt: Date;
  status?: BookingStatus;
  minutes?: number;
  createdAt?: Date;
  clientName?: string;
  clientEmail?: string;
}) {
  const customer = customerId ? await db.customer.findUniqueOrThrow({ where: { id: customerId }, select: { id: true, name: true, email: true } }) : await createTestCustomer(orgId, { name: clientName, email: clientEmail });
  const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
  return db.booking.create({
    data: {
      orgId,
      serviceId,
      staffMemberId,
      customerId: customer.id,
      status,
      startsAt,
      endsAt,
      blockedFrom: startsAt,
      blockedUntil: endsAt,
      clientName: clientName ?? customer.name,
      clientEmail: clientEmail ?? customer.email ?? "nobody@test.dev",
      clientTimeZone: "America/New_York",
      ...(createdAt ? { createdAt } : {}),
    },
    select: { id: true, status: true, startsAt: true, customerId: true },
  });
}
