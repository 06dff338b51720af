import type { OrderKindHooks } from "@/lib/payments/webhooks/types";
import { expireHeldBooking } from "./expire-booking-hold";
import { fulfilBookingPayment } from "./fulfil-booking-payment";

// What a BOOKING order's payment events do to its booking (inside the webhook's transaction).
export const bookingPaymentHooks: OrderKindHooks = {
  onPaid: fulfilBookingPayment,
  onCheckoutExpired: async ({ tx, order }) => void (await expireHeldBooking(tx, { orderId: order.id })),
  // A full refund cancels a booking that still holds its time; finished ones keep their status.
  onRefunded: async ({ tx, order }) => {
    await tx.booking.updateMany({
      where: { orderId: order.id, status: { in: ["PENDING_PAYMENT", "PENDING_CONFIRMATION", "CONFIRMED"] } },
      data: { status: "CANCELED", canceledAt: new Date(), canceledBy: "system", cancelReason: "Payment refunded", holdExpiresAt: null },
    });
  },
};
