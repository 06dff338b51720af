import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { refundOrder } from "@/lib/payments/refund-order";
import { clientChangeDeadline, isActiveBooking } from "./load-booking-details";
import { sendBookingEmail } from "./send-booking-confirmation";

// Cancels an active booking (frees the slot), refunds a paid order when the policy says so,
// emails the client; idempotent on an already-canceled booking. Clients may cancel only
// before the service's cutoff; staff always. The dashboard's cancel calls it too.
export async function cancelBooking(input: { orgId: string; bookingId: string; by: "client" | "staff" | "system"; reason?: string | null; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const booking = await db.booking.findFirst({
    where: { id: input.bookingId, orgId: input.orgId },
    select: { id: true, status: true, startsAt: true, orderId: true, order: { select: { status: true } }, service: { select: { cancellationCutoffHours: true } } },
  });
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found.");
  if (["CANCELED", "DECLINED", "EXPIRED"].includes(booking.status)) return;
  if (!isActiveBooking(booking.status)) throw new AppError("CONFLICT", "This booking is already over and can no longer be canceled.");
  if (input.by === "client" && !clientChangeDeadline(booking, now).open) {
    throw new AppError("CONFLICT", `Online cancellation closes ${booking.service.cancellationCutoffHours} hours before the appointment. Please contact the business.`);
  }
  // Refund first: if Stripe refuses, nothing changed and the client can try again.
  if (booking.orderId && booking.order?.status === "PAID" && input.by !== "system") await refundOrder(booking.orderId, input.reason || `Booking canceled by ${input.by}`);

  const wasAwaitingPayment = booking.status === "PENDING_PAYMENT";
  const updated = await db.booking.updateMany({
    where: { id: booking.id, orgId: input.orgId, status: { in: ["PENDING_PAYMENT", "PENDING_CONFIRMATION", "CONFIRMED"] } },
    data: { status: "CANCELED", canceledAt: now, canceledBy: input.by, cancelReason: input.reason?.trim() || null, holdExpiresAt: null },
  });
  if (updated.count === 0) return; // canceled meanwhile by someone else
  if (booking.orderId && booking.order?.status === "PENDING") await db.order.updateMany({ where: { id: booking.orderId, status: "PENDING" }, data: { status: "CANCELED" } });
  if (wasAwaitingPayment && input.by === "system") return; // an unpaid hold that lapsed: nothing to tell
  try {
    await sendBookingEmail("canceled", booking.id);
  } catch (err) {
    console.error("[booking] cancellation email failed", booking.id, err);
  }
}
