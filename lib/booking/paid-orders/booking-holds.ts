import { db } from "@/lib/db/client";
import { sendJob } from "@/lib/jobs/boss";
import { bookingHoldJob } from "@/lib/booking/jobs";
import { expireOrderHold, releaseAbandonedOrder, runOrderHoldJob, sweepOrderHolds } from "@/lib/orders";
import { verifyBookingLinkToken } from "../public/booking-link-token";
import { bookingOrderKind } from "./booking-order-kind";

// An unpaid booking holds its slot until holdExpiresAt (10 minutes); then it expires (lib/orders:
// booking and order EXPIRED, the slot free, its Checkout Session expired at Stripe, whose own
// minimum is 30 minutes, so the client can no longer pay for it).

/**
 * Queues the hold's expiry for `at` (pg-boss, survives restarts); createBooking calls it right
 * after creating a PENDING_PAYMENT booking. The once-a-minute sweep catches any hold whose job was lost.
 */
export async function scheduleBookingHoldExpiry(bookingId: string, at: Date): Promise<void> {
  await sendJob(bookingHoldJob, { bookingId }, { startAfter: at, singletonKey: `expire-hold-${bookingId}` });
}

/** Expires one booking's hold when it is due. Idempotent; never touches a booking whose order was paid. */
export async function expireBookingHold(bookingId: string, now?: Date): Promise<{ expired: boolean }> {
  const booking = await db.booking.findUnique({ where: { id: bookingId }, select: { orderId: true } });
  return booking?.orderId ? expireOrderHold(bookingOrderKind, booking.orderId, now) : { expired: false };
}

export const sweepBookingHolds = (now?: Date) => sweepOrderHolds(bookingOrderKind, now);

/** The queue's handler: `{ bookingId }` expires that booking's hold; `{}` is the sweep. */
export async function runBookingHoldJob(data: { bookingId?: string }): Promise<void> {
  if (data?.bookingId) await expireBookingHold(data.bookingId);
  else await runOrderHoldJob(bookingOrderKind, {});
}

/**
 * The client came back from Stripe Checkout without paying (its cancel URL carries the
 * booking's signed token): release the held time at once instead of after 10 minutes, so they
 * can pick it again. A payment that still arrives later is refunded by the payment webhook.
 */
export async function releaseAbandonedCheckout(token: string): Promise<boolean> {
  const bookingId = verifyBookingLinkToken(token);
  if (!bookingId) return false;
  const booking = await db.booking.findUnique({ where: { id: bookingId }, select: { orderId: true } });
  return booking?.orderId ? releaseAbandonedOrder(bookingOrderKind, booking.orderId) : false;
}
