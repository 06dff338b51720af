import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { BookingStatus, Role } from "@/lib/db/generated/enums";

// Builders for integration tests: every call makes new, uniquely named rows, so test files
// can run in parallel on one database without seeing each other.
export const uid = () => randomUUID().slice(0, 8);

/** A user with a confirmed email address (as every account that invites or broadcasts has); `verified: false` for one without. */
export async function createUser(overrides: { email?: string; name?: string; verified?: boolean } = {}) {
  const id = uid();
  return db.user.create({
    data: { email: overrides.email ?? `user-${id}@test.dev`, name: overrides.name ?? `User ${id}`, emailVerified: overrides.verified === false ? null : new Date() },
    select: { id: true, email: true, name: true },
  });
}

export async function createOrg({ ownerId, role = "OWNER", ...overrides }: { ownerId?: string; role?: Role; name?: string; currency?: string; timezone?: string } = {}) {
  const user = ownerId ? { id: ownerId } : await createUser();
  const id = uid();
  const org = await db.organization.create({
    data: {
      name: overrides.name ?? `Org ${id}`,
      slug: `org-${id}`,
      currency: overrides.currency ?? "EUR",
      timezone: overrides.timezone ?? "Europe/Berlin",
      memberships: { create: { userId: user.id, role } },
    },
    select: { id: true, slug: true, name: true, currency: true, timezone: true },
  });
  return { ...org, orgId: org.id, userId: user.id };
}

export async function addMember(orgId: string, role: Role) {
  const user = await createUser();
  await db.membership.create({ data: { orgId, userId: user.id, role } });
  return user;
}

/** Makes server actions see `userId` as the signed-in user (the session is the one thing faked). */
export function signInAs(userId: string | null) {
  (globalThis as unknown as { testUserId: string | null }).testUserId = userId;
}

/** Builds the FormData a form would post. */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of Array.isArray(v) ? v : [v]) data.append(k, value);
  return data;
}

/** A bookable service with staff who work `hours` every day (booking tests). */
export async function createBookableService({
  orgId,
  staff = [{ timeZone: "Europe/Berlin" }],
  hours = { start: "09:00", end: "17:00" },
  ...overrides
}: {
  orgId: string;
  staff?: { name?: string; timeZone: string }[];
  hours?: { start: string; end: string };
  durationMinutes?: number;
  price?: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  minimumNoticeMinutes?: number;
  bookingWindowDays?: number | null;
  maxBookingsPerDay?: number | null;
  requiresPayment?: boolean;
  requiresConfirmation?: boolean;
  cancellationCutoffHours?: number;
  active?: boolean;
}) {
  const id = uid();
  const service = await db.service.create({
    data: { orgId, name: `Service ${id}`, slug: `service-${id}`, currency: "EUR", durationMinutes: 60, minimumNoticeMinutes: 0, bookingWindowDays: 60, ...overrides },
    select: { id: true, slug: true, name: true },
  });
  const members = [];
  for (const [index, s] of staff.entries()) {
    const member = await db.staffMember.create({
      data: { orgId, name: s.name ?? `Staff ${String.fromCharCode(65 + index)} ${id}`, timeZone: s.timeZone, rules: { create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: hours.start, endTime: hours.end })) } },
      select: { id: true, name: true, timeZone: true },
    });
    await db.serviceStaff.create({ data: { orgId, serviceId: service.id, staffMemberId: member.id } });
    members.push(member);
  }
  return { ...service, serviceId: service.id, staff: members };
}

/** A booking of `service` at `startsAt` (blocked time includes its buffers), with a PENDING order
 * and a hold when it awaits payment. */
export async function createBookingRow({
  orgId,
  service,
  staffMemberId,
  startsAt,
  status = "PENDING_PAYMENT",
  holdExpiresAt = new Date(Date.now() + 10 * 60_000),
  withOrder = true,
}: {
  orgId: string;
  service: { id: string; durationMinutes: number; bufferBeforeMinutes: number; bufferAfterMinutes: number; price: number };
  staffMemberId: string;
  startsAt: Date;
  status?: BookingStatus;
  holdExpiresAt?: Date | null;
  withOrder?: boolean;
}) {
  const id = uid();
  const email = `client-${id}@test.dev`;
  const customer = await db.customer.create({ data: { orgId, name: `Client ${id}`, email }, select: { id: true } });
  const order = withOrder ? await db.order.create({ data: { orgId, customerId: customer.id, kind: "BOOKING", amount: service.price, currency: "EUR" }, select: { id: true } }) : null;
  const endsAt = new Date(startsAt.getTime() + service.durationMinutes * 60_000);
  const booking = await db.booking.create({
    data: {
      orgId,
      serviceId: service.id,
      staffMemberId,
      customerId: customer.id,
      orderId: order?.id,
      status,
      startsAt,
      endsAt,
      blockedFrom: new Date(startsAt.getTime() - service.bufferBeforeMinutes * 60_000),
      blockedUntil: new Date(endsAt.getTime() + service.bufferAfterMinutes * 60_000),
      clientName: `Client ${id}`,
      clientEmail: email,
      clientTimeZone: "America/New_York",
      holdExpiresAt: status === "PENDING_PAYMENT" ? holdExpiresAt : null,
    },
    select: { id: true },
  });
  return { bookingId: booking.id, orderId: order?.id ?? null, customerId: customer.id, clientEmail: email };
}
