import { db } from "@/lib/db/client";
import { expireBookingHold } from "./expire-booking-hold";
import { refundUnhonouredPayment } from "./refund-unhonoured-payment";

// Safety net, once a minute (queue booking.expire-hold without a bookingId): holds whose own
// expiry job was lost (a crash, a failed enqueue), and late payments whose after-commit refund
// did not happen (an EXPIRED booking with a PAID order is exactly that case).
const GRACE_MS = 2 * 60_000;

export async function sweepBookingHolds(now = new Date()): Promise<{ expired: number; refunded: number }> {
  const due = await db.booking.findMany({ where: { status: "PENDING_PAYMENT", holdExpiresAt: { lte: now } }, select: { id: true }, orderBy: { holdExpiresAt: "asc" }, take: 200 });
  const unhonoured = await db.booking.findMany({ where: { status: "EXPIRED", order: { status: "PAID", paidAt: { lte: new Date(now.getTime() - GRACE_MS) } } }, select: { id: true }, take: 50 });
  let expired = 0;
  let refunded = 0;
  for (const { id } of due) expired += (await attempt(() => expireBookingHold(id, now), id))?.expired ? 1 : 0;
  for (const { id } of unhonoured) refunded += (await attempt(() => refundUnhonouredPayment(id), id)) ? 1 : 0;
  return { expired, refunded };
}

async function attempt<T>(work: () => Promise<T>, bookingId: string): Promise<T | null> {
  try {
    return await work();
  } catch (err) {
    console.error(`[booking] hold sweep: booking ${bookingId} failed`, err);
    return null;
  }
}

/** The queue's handler: one booking's scheduled expiry, or the sweep. */
export async function runBookingHoldJob(data: { bookingId?: string }): Promise<void> {
  if (data?.bookingId) await expireBookingHold(data.bookingId);
  else await sweepBookingHolds();
}
