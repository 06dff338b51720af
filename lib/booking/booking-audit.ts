import type { Prisma } from "@/lib/db/client";

// The AuditLog row every staff change of a booking writes; the detail page reads them back
// as the booking's status history.
export type BookingAuditAction = "booking.confirmed" | "booking.declined" | "booking.canceled" | "booking.completed" | "booking.no_show";

export function bookingAuditRow({ orgId, actorUserId, action, bookingId, data }: { orgId: string; actorUserId: string | null; action: BookingAuditAction; bookingId: string; data?: Prisma.InputJsonValue }) {
  return { orgId, actorUserId, action, targetType: "Booking", targetId: bookingId, data };
}
