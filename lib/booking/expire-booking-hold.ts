import Stripe from "stripe";
import { db } from "@/lib/db/client";
import { enqueue, queues } from "@/lib/jobs/boss";
import { isStripeConfigured } from "@/lib/payments/create-checkout-session";
import { lockOrder } from "@/lib/payments/lock-order";
import { getStripe } from "@/lib/payments/stripe-client";
import type { Tx } from "@/lib/payments/webhooks/types";
import { bookingAuditRow } from "./lifecycle/booking-audit";

// An unpaid booking holds its slot until holdExpiresAt (10 minutes); then it expires, which frees
// the slot (EXPIRED is outside the exclusion constraint), and its Checkout Session is expired at
// Stripe (whose own minimum is 30 minutes) so the client can no longer pay for it.

/**
 * Queues the hold's expiry for `at` (pg-boss, survives restarts). createBooking calls it right
 * after creating a PENDING_PAYMENT booking: `await scheduleBookingHoldExpiry(booking.id, booking.holdExpiresAt)`.
 * The once-a-minute sweep catches any hold whose job was lost.
 */
export async function scheduleBookingHoldExpiry(bookingId: string, at: Date): Promise<void> {
  await enqueue(queues.bookingExpireHold, { bookingId }, { startAfter: at, singletonKey: `expire-hold-${bookingId}` });
}

/** Inside a transaction that holds the order's lock: a still-held booking becomes EXPIRED (and says so in its history). */
export async function expireHeldBooking(tx: Tx, where: { bookingId: string } | { orderId: string }): Promise<boolean> {
  const id = "bookingId" in where ? { id: where.bookingId } : { orderId: where.orderId };
  const held = await tx.booking.findFirst({ where: { ...id, status: "PENDING_PAYMENT" }, select: { id: true, orgId: true } });
  if (!held) return false;
  const { count } = await tx.booking.updateMany({ where: { id: held.id, status: "PENDING_PAYMENT" }, data: { status: "EXPIRED" } });
  if (count === 0) return false;
  await tx.auditLog.create({ data: bookingAuditRow({ orgId: held.orgId, by: "system", action: "booking.expired", bookingId: held.id, data: { from: "PENDING_PAYMENT", to: "EXPIRED", reason: "Not paid in time" } }) });
  return true;
}

/**
 * Expires one booking's hold when it is due: Booking PENDING_PAYMENT -> EXPIRED, Order PENDING ->
 * EXPIRED, then the Checkout Session at Stripe. Idempotent; never touches a booking whose order
 * was paid (the order row lock orders it against the payment webhook).
 */
export async function expireBookingHold(bookingId: string, now = new Date()): Promise<{ expired: boolean }> {
  const outcome = await db.$transaction(async (tx) => {
    const ref = await tx.booking.findUnique({ where: { id: bookingId }, select: { orderId: true } });
    if (!ref) return { expired: false, sessionToExpire: null };
    const order = ref.orderId ? await lockOrder(tx, { id: ref.orderId }) : null;
    const booking = await tx.booking.findUniqueOrThrow({ where: { id: bookingId }, select: { status: true, holdExpiresAt: true } });
    const due = booking.status === "PENDING_PAYMENT" && booking.holdExpiresAt !== null && booking.holdExpiresAt <= now;
    // Already expired: a retried job only repeats the Stripe call (a failed one is why it retried).
    if (!due || (order && order.status !== "PENDING")) return { expired: false, sessionToExpire: order?.status === "EXPIRED" ? order.stripeCheckoutSessionId : null };
    await expireHeldBooking(tx, { bookingId });
    if (order) await tx.order.update({ where: { id: order.id }, data: { status: "EXPIRED" } });
    return { expired: true, sessionToExpire: order?.stripeCheckoutSessionId ?? null };
  });
  if (outcome.sessionToExpire) await expireCheckoutSession(outcome.sessionToExpire);
  return { expired: outcome.expired };
}

/** Expires an open Checkout Session; one that is already complete or expired is left alone. */
export async function expireCheckoutSession(sessionId: string): Promise<void> {
  if (!isStripeConfigured()) return;
  try {
    await getStripe().checkout.sessions.expire(sessionId, {}, { idempotencyKey: `expire-session-${sessionId}` });
  } catch (err) {
    // 400 "only open sessions can be expired" (paid meanwhile: the webhook decides) or 404.
    if (err instanceof Stripe.errors.StripeInvalidRequestError) return;
    throw err;
  }
}
