import { orgDb } from "@/lib/db/org-db";
import type { BookingStatus } from "@/lib/db/generated/enums";
import { queueEmailDelivery, recordEmail } from "@/lib/email/send-email";
import { AppError } from "@/lib/errors";
import { bookingAuditRow, type BookingAuditAction } from "./booking-audit";
import { bookingConfirmedEmail, bookingDeclinedEmail } from "../notify/booking-status-emails";
import { bookingLinks } from "../public/booking-link-token";
import { cancelBooking } from "./cancel-booking";
import { checkBookingTransition, type BookingAction } from "./change-booking-status";
import { queueTelegramBookingMessage } from "../notify/queue-telegram-booking-message";

// A staff member changes a booking's status from the dashboard. Org-scoped (another org's id is
// NOT_FOUND and changes nothing), checked against the transition table, and applied with an
// optimistic check of the status it was read in: of two staff clicking at once, one wins and
// the other gets a CONFLICT. Confirm/decline email the client (and their Telegram chat) in the same transaction.
const auditActions: Record<BookingAction, BookingAuditAction> = {
  confirm: "booking.confirmed",
  decline: "booking.declined",
  cancel: "booking.canceled",
  complete: "booking.completed",
  noShow: "booking.no_show",
};

export const isBookingId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;

const bookingForUpdate = {
  id: true,
  status: true,
  startsAt: true,
  clientName: true,
  clientEmail: true,
  clientTimeZone: true,
  org: { select: { name: true } },
  service: { select: { name: true } },
  staffMember: { select: { name: true } },
} as const;

export async function updateBookingStatus({
  orgId,
  bookingId,
  action,
  actorUserId,
  reason,
  now = new Date(),
}: {
  orgId: string;
  bookingId: string;
  action: BookingAction;
  actorUserId: string;
  reason?: string | null;
  now?: Date;
}): Promise<{ status: BookingStatus }> {
  if (!isBookingId(bookingId)) throw new AppError("NOT_FOUND", "Booking not found.");
  const booking = await orgDb(orgId).booking.findFirst({ where: { id: bookingId }, select: bookingForUpdate });
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found.");
  const check = checkBookingTransition({ status: booking.status, action, startsAt: booking.startsAt, now });
  if (!check.ok) throw new AppError("CONFLICT", check.reason);
  if (action === "cancel") {
    // The public-booking area owns cancellation (frees the slot, refunds, emails the client, writes the history row).
    await cancelBooking({ orgId, bookingId, by: "staff", actorUserId, reason: reason ?? null });
    return { status: "CANCELED" };
  }
  const audit = bookingAuditRow({ orgId, actorUserId, by: "staff", action: auditActions[action], bookingId, data: { from: booking.status, to: check.to, ...(reason ? { reason } : {}) } });

  const email = action === "confirm" ? bookingConfirmedEmail : action === "decline" ? bookingDeclinedEmail : null;
  const emailId = await orgDb(orgId).$transaction(async (tx) => {
    const { count } = await tx.booking.updateMany({
      where: { id: bookingId, status: booking.status, startsAt: booking.startsAt },
      data: { status: check.to, ...(action === "confirm" ? { confirmedAt: now } : {}) },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone else just changed this booking. Reload to see its current status.");
    await tx.auditLog.create({ data: audit });
    if (!email) return null;
    await queueTelegramBookingMessage(tx, { bookingId, kind: action === "confirm" ? "confirmed" : "declined" });
    const message = email({
      orgName: booking.org.name,
      serviceName: booking.service.name,
      staffName: booking.staffMember.name,
      startsAt: booking.startsAt,
      clientName: booking.clientName,
      clientTimeZone: booking.clientTimeZone,
      manageUrl: action === "confirm" ? bookingLinks(bookingId).manageUrl : null,
    });
    return (await recordEmail({ orgId, to: booking.clientEmail, ...message }, tx)).id;
  });
  if (emailId) await queueEmailDelivery(emailId);
  return { status: check.to };
}
