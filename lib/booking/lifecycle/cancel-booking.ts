import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { lockOrder } from "@/lib/orders";
import { refundOrder } from "@/lib/orders";
import { bookingAuditRow } from "./booking-audit";
import { clientChangeDeadline, isActiveBooking } from "../admin/load-booking-details";
import { sendBookingEmail } from "../notify/send-booking-confirmation";

// Cancels an active booking (frees the slot), refunds a paid order when the policy says so,
// emails the client, records who did it in the history; idempotent on an already-canceled
// booking. Clients may cancel only before the service's cutoff; staff always. The dashboard's
// cancel calls it too.
//
// The cancel runs under the order's row lock, which the payment webhook takes as well, so a
// payment arriving meanwhile is ordered before or after it: before, the order is PAID here and
// refunded in this transaction; after, the webhook finds the booking CANCELED and refunds it.
// A refund Stripe refuses rolls everything back: nothing changed and staff may try again.
const REFUND_TX = { maxWait: 15_000, timeout: 30_000 };

export async function cancelBooking(input: { orgId: string; bookingId: string; by: "client" | "staff" | "system"; actorUserId?: string | null; reason?: string | null; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const booking = await orgDb(input.orgId).booking.findFirst({
    where: { id: input.bookingId },
    select: { id: true, status: true, startsAt: true, orderId: true, service: { select: { cancellationCutoffHours: true } } },
  });
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found.");
  if (["CANCELED", "DECLINED", "EXPIRED"].includes(booking.status)) return;
  if (!isActiveBooking(booking.status)) throw new AppError("CONFLICT", "This booking is already over and can no longer be canceled.");
  if (input.by === "client" && !clientChangeDeadline(booking, now).open) {
    throw new AppError("CONFLICT", `Online cancellation closes ${booking.service.cancellationCutoffHours} hours before the appointment. Please contact the business.`);
  }

  const outcome = await orgDb(input.orgId).$transaction(async (tx) => {
    const order = booking.orderId ? await lockOrder(tx, { id: booking.orderId, orgId: input.orgId }) : null;
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, status: { in: ["PENDING_PAYMENT", "PENDING_CONFIRMATION", "CONFIRMED"] } },
      data: { status: "CANCELED", canceledAt: now, canceledBy: input.by, cancelReason: input.reason?.trim() || null, holdExpiresAt: null },
    });
    if (count === 0) return { canceled: false };
    const refunded = order?.status === "PAID" && input.by !== "system";
    if (order?.status === "PENDING") await tx.order.update({ where: { id: order.id }, data: { status: "CANCELED" } });
    if (refunded) await refundOrder(order.id, input.reason || `Booking canceled by ${input.by}`, tx);
    const reason = input.reason?.trim() || null;
    await tx.auditLog.create({ data: bookingAuditRow({ orgId: input.orgId, actorUserId: input.actorUserId, by: input.by, action: "booking.canceled", bookingId: booking.id, data: { from: booking.status, to: "CANCELED", reason, refunded } }) });
    return { canceled: true };
  }, REFUND_TX);
  if (!outcome.canceled) return; // canceled meanwhile by someone else
  if (booking.status === "PENDING_PAYMENT" && input.by === "system") return; // an unpaid hold that lapsed: nothing to tell
  try {
    await sendBookingEmail("canceled", booking.id);
  } catch (err) {
    console.error("[booking] cancellation email failed", booking.id, err);
  }
}
