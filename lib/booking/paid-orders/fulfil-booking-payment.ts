import type { OrderStatus } from "@/lib/db/generated/enums";
import { bookingAuditRow } from "../lifecycle/booking-audit";
import { isBookingOverlapError } from "../lifecycle/is-booking-overlap-error";
import type { LockedOrder, WebhookContext } from "@/lib/orders";
import { refundUnhonouredPayment } from "./refund-unhonoured-payment";
import { sendBookingConfirmation } from "../notify/send-booking-confirmation";

type Args = WebhookContext & { order: LockedOrder; previousStatus: OrderStatus };

// A BOOKING order was just paid (inside the webhook's transaction, the order row locked).
// Held booking: confirmed, or awaiting the business's confirmation. Hold already expired: taken
// back when its time is still free (the exclusion constraint decides), otherwise the payment is
// refunded after commit and the client told the time was taken.
export async function fulfilBookingPayment({ tx, order, afterCommit }: Args): Promise<void> {
  const booking = await tx.booking.findFirst({
    where: { orderId: order.id, orgId: order.orgId },
    select: { id: true, status: true, service: { select: { requiresConfirmation: true } } },
  });
  if (!booking) return void console.warn(`[booking] paid order ${order.id} has no booking`);
  const status = booking.service.requiresConfirmation ? "PENDING_CONFIRMATION" : "CONFIRMED";
  const confirmedAt = status === "CONFIRMED" ? new Date() : null;
  const paid = () => tx.auditLog.create({ data: bookingAuditRow({ orgId: order.orgId, by: "system", action: "booking.paid", bookingId: booking.id, data: { from: booking.status, to: status } }) });

  if (booking.status === "PENDING_PAYMENT") {
    await tx.booking.update({ where: { id: booking.id }, data: { status, confirmedAt, holdExpiresAt: null } });
    await paid();
    return afterCommit(() => sendBookingConfirmation(booking.id));
  }
  if (booking.status === "EXPIRED") {
    if (await reactivate(tx, booking.id, status, confirmedAt)) {
      await paid();
      return afterCommit(() => sendBookingConfirmation(booking.id));
    }
    return afterCommit(() => refundUnhonouredPayment(booking.id));
  }
  if (booking.status === "CANCELED" || booking.status === "DECLINED") return afterCommit(() => refundUnhonouredPayment(booking.id));
  // Already active (a staff member confirmed it by hand): the payment simply settles it.
}

// A savepoint keeps the event's transaction usable when the constraint refuses the row.
async function reactivate(tx: Args["tx"], id: string, status: string, confirmedAt: Date | null): Promise<boolean> {
  await tx.$executeRawUnsafe(`SAVEPOINT reactivate_booking`);
  try {
    await tx.$executeRaw`UPDATE "Booking" SET status = ${status}::"BookingStatus", "confirmedAt" = ${confirmedAt}, "holdExpiresAt" = NULL, "updatedAt" = now() WHERE id = ${id} AND status = 'EXPIRED'`;
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT reactivate_booking`);
    return true;
  } catch (err) {
    if (!isBookingOverlapError(err)) throw err;
    await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT reactivate_booking`);
    return false;
  }
}
