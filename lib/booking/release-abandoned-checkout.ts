import { db } from "@/lib/db/client";
import { verifyBookingLinkToken } from "./public/booking-link-token";
import { cancelBooking } from "./lifecycle/cancel-booking";
import { expireCheckoutSession } from "./expire-booking-hold";

// The client came back from Stripe Checkout without paying (its cancel URL carries the
// booking's signed token): release the held time at once instead of after 10 minutes, so they
// can pick it again. A payment that still arrives later is refunded by the payment webhook.
export async function releaseAbandonedCheckout(token: string): Promise<boolean> {
  const bookingId = verifyBookingLinkToken(token);
  if (!bookingId) return false;
  const booking = await db.booking.findUnique({ where: { id: bookingId }, select: { orgId: true, status: true, order: { select: { status: true, stripeCheckoutSessionId: true } } } });
  if (!booking || booking.status !== "PENDING_PAYMENT" || booking.order?.status !== "PENDING") return false;
  await cancelBooking({ orgId: booking.orgId, bookingId, by: "system", reason: "Checkout abandoned" });
  if (booking.order.stripeCheckoutSessionId) await expireCheckoutSession(booking.order.stripeCheckoutSessionId).catch((err) => console.error("[booking] could not expire session", err));
  return true;
}
