import { db } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { isBookingId } from "../lifecycle/update-booking-status";

// One booking of the org for the dashboard's detail page: the booking, its order, reminders
// sent, and its history (the AuditLog rows every change wrote: staff, the client, the system).
// Another org's id is NOT_FOUND.
export async function loadBookingPage({ orgId, bookingId }: { orgId: string; bookingId: string }) {
  if (!isBookingId(bookingId)) throw new AppError("NOT_FOUND", "Booking not found.");
  const booking = await orgDb(orgId).booking.findFirst({
    where: { id: bookingId },
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
  const audit = await orgDb(orgId).auditLog.findMany({
    where: { targetType: "Booking", targetId: bookingId },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, createdAt: true, actorUserId: true, data: true },
  });
  const actorIds = [...new Set([booking.createdByUserId, ...audit.map((a) => a.actorUserId)].filter((id): id is string => Boolean(id)))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }) : [];
  const actorName = new Map(actors.map((u) => [u.id, u.name || u.email]));
  const history = audit.map((a) => {
    const data = (a.data && typeof a.data === "object" && !Array.isArray(a.data) ? a.data : {}) as Record<string, unknown>;
    // Who: the member's name, the client, or nobody (null: done by the system).
    const by = a.actorUserId ? (actorName.get(a.actorUserId) ?? "a former member") : data.by === "client" ? `${booking.clientName} (client)` : data.by === "staff" ? "staff" : null;
    return { id: a.id, action: a.action, at: a.createdAt, by, reason: text(data.reason), movedFrom: date(data.from), movedTo: date(data.to), refunded: data.refunded === true };
  });
  const createdBy = booking.createdByUserId ? (actorName.get(booking.createdByUserId) ?? null) : null;
  return { ...booking, createdBy, history };
}

export type BookingPage = Awaited<ReturnType<typeof loadBookingPage>>;

const text = (v: unknown) => (typeof v === "string" && v ? v : null);
/** An ISO instant (a reschedule's from/to); status names and anything else are not dates. */
const date = (v: unknown) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v) ? new Date(v) : null);
