import type { Prisma } from "@/lib/db/client";

// The AuditLog row every change of a booking writes, whoever made it: staff in the dashboard
// (actorUserId), the client through their manage link, or the system (payment, hold expiry,
// refund). Written in the same transaction as the change; the detail page reads them back as
// the booking's history.
export type BookingAuditAction = "booking.confirmed" | "booking.declined" | "booking.canceled" | "booking.completed" | "booking.no_show" | "booking.rescheduled" | "booking.paid" | "booking.expired" | "booking.refunded";

export type BookingActor = "client" | "staff" | "system";

export function bookingAuditRow({
  orgId,
  actorUserId = null,
  by,
  action,
  bookingId,
  data = {},
}: {
  orgId: string;
  actorUserId?: string | null;
  by: BookingActor;
  action: BookingAuditAction;
  bookingId: string;
  data?: Record<string, Prisma.InputJsonValue | null>;
}) {
  return { orgId, actorUserId, action, targetType: "Booking", targetId: bookingId, data: { by, ...data } as Prisma.InputJsonObject };
}
