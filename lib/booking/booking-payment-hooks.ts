import type { OrderKindHooks } from "@/lib/payments/webhooks/types";
import { bookingAuditRow } from "./lifecycle/booking-audit";
import { expireHeldBooking } from "./expire-booking-hold";
import { fulfilBookingPayment } from "./fulfil-booking-payment";
import { sendBookingEmail } from "./notify/send-booking-confirmation";

// What a BOOKING order's payment events do to its booking (inside the webhook's transaction).
export const bookingPaymentHooks: OrderKindHooks = {
  onPaid: fulfilBookingPayment,
  onCheckoutExpired: async ({ tx, order }) => void (await expireHeldBooking(tx, { orderId: order.id })),
  // A full refund (from the Stripe dashboard: ours mark the order REFUNDED first) cancels a
  // booking that still holds its time (and tells the client); finished ones keep their status.
  // Either way it is history.
  onRefunded: async ({ tx, order, afterCommit }) => {
    const booking = await tx.booking.findFirst({ where: { orderId: order.id, orgId: order.orgId }, select: { id: true, status: true } });
    if (!booking) return;
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, status: { in: ["PENDING_PAYMENT", "PENDING_CONFIRMATION", "CONFIRMED"] } },
      data: { status: "CANCELED", canceledAt: new Date(), canceledBy: "system", cancelReason: "Payment refunded", holdExpiresAt: null },
    });
    const row = count > 0
      ? bookingAuditRow({ orgId: order.orgId, by: "system", action: "booking.canceled", bookingId: booking.id, data: { from: booking.status, to: "CANCELED", reason: "Payment refunded", refunded: true } })
      : bookingAuditRow({ orgId: order.orgId, by: "system", action: "booking.refunded", bookingId: booking.id });
    await tx.auditLog.create({ data: row });
    if (count > 0) afterCommit(() => sendBookingEmail("canceled", booking.id));
  },
};
