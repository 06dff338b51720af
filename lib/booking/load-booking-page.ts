import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isBookingId } from "./update-booking-status";

// One booking of the org for the dashboard's detail page: the booking, its order, reminders
// sent, and its history (the AuditLog rows staff changes wrote, with who did them).
// Another org's id is NOT_FOUND.
export async function loadBookingPage({ orgId, bookingId }: { orgId: string; bookingId: string }) {
  if (!isBookingId(bookingId)) throw new AppError("NOT_FOUND", "Booking not found.");
  const booking = await db.booking.findFirst({
    where: { id: bookingId, orgId },
    select: {
      id: true, status: true, startsAt: true, endsAt: true, source: true, createdAt: true, createdByUserId: true, confirmedAt: true, canceledAt: true, canceledBy: true, cancelReason: true, holdExpiresAt: true,
      clientName: true, clientEmail: true, clientPhone: true, clientNotes: true, clientTimeZone: true, customerId: true,
      service: { select: { id: true, name: true, durationMinutes: true, requiresConfirmation: true } },
      staffMember: { select: { id: true, name: true, timeZone: true } },
      order: { select: { id: true, status: true, amount: true, currency: true, paidAt: true, stripePaymentIntentId: true } },
      reminders: { orderBy: { sentAt: "asc" }, select: { offsetMinutes: true, sentAt: true } },
    },
  });
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found.");
  const audit = await db.auditLog.findMany({
    where: { orgId, targetType: "Booking", targetId: bookingId },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, createdAt: true, actorUserId: true, data: true },
  });
  const actorIds = [...new Set([booking.createdByUserId, ...audit.map((a) => a.actorUserId)].filter((id): id is string => Boolean(id)))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }) : [];
  const actorName = new Map(actors.map((u) => [u.id, u.name || u.email]));
  const history = audit.map((a) => ({ id: a.id, action: a.action, at: a.createdAt, by: a.actorUserId ? (actorName.get(a.actorUserId) ?? "A former member") : "System", reason: reasonOf(a.data) }));
  const createdBy = booking.createdByUserId ? (actorName.get(booking.createdByUserId) ?? null) : null;
  return { ...booking, createdBy, history };
}

export type BookingPage = Awaited<ReturnType<typeof loadBookingPage>>;

const reasonOf = (data: unknown) => (data && typeof data === "object" && "reason" in data && typeof data.reason === "string" ? data.reason : null);
