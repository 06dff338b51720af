import type { Prisma } from "@/lib/db/client";
import { computeSlots } from "./compute-slots";
import type { ComputeSlotsOptions } from "../types";

type Availability = Omit<ComputeSlotsOptions, "now" | "range">;
const AROUND_MS = 3 * 86_400_000;

/**
 * maxBookingsPerDay under concurrency: inside the booking's transaction, one advisory lock per
 * (staff member, service) queues every booking that counts toward the same limit, then the
 * count is read again from the database. Two clients booking different times of a day with
 * one place left: the second sees the first's booking and is refused. Overlaps are the
 * exclusion constraint's job, so busy time is not checked again here.
 */
export async function isUnderDailyLimit(tx: Prisma.TransactionClient, options: { orgId: string; serviceId: string; staffMemberId: string; start: Date; availability: Availability; now: Date }): Promise<boolean> {
  const { orgId, serviceId, staffMemberId, start, availability, now } = options;
  if (availability.service.maxBookingsPerDay === null || availability.service.maxBookingsPerDay === undefined) return true;
  const staff = availability.staff.find((s) => s.id === staffMemberId);
  if (!staff) return false;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${staffMemberId}), hashtext(${serviceId}))`;
  const rows = await tx.booking.findMany({
    where: { orgId, staffMemberId, serviceId, status: { notIn: ["CANCELED", "DECLINED", "EXPIRED"] }, startsAt: { gte: new Date(start.getTime() - AROUND_MS), lt: new Date(start.getTime() + AROUND_MS) } },
    select: { startsAt: true },
  });
  const fresh = { ...staff, busy: [], bookingStarts: rows.map((r) => r.startsAt) };
  const slots = computeSlots({ service: availability.service, staff: [fresh], range: { from: start, to: new Date(start.getTime() + 1) }, now });
  return slots.some((s) => s.start.getTime() === start.getTime());
}
