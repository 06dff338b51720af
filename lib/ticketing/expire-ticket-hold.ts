import { db } from "@/lib/db/client";
import { expireCheckoutSession } from "@/lib/booking/expire-booking-hold";
import { enqueue, queues } from "@/lib/jobs/boss";
import { lockOrder } from "@/lib/payments/lock-order";
import { refundUnhonouredTicketOrder } from "./refund-unhonoured-ticket-order";
import { releaseTicketHold } from "./release-ticket-hold";

// A ticket order holds its seats for 15 minutes while the buyer pays. Then a pg-boss job
// (ticket.expire-hold {orderId}) expires it: seats and promo redemption back to sale, Order
// EXPIRED, its Checkout Session expired at Stripe. A once-a-minute sweep (the same queue, no
// orderId) catches holds whose job was lost and late payments whose refund did not happen.
const GRACE_MS = 2 * 60_000;

export async function scheduleTicketHoldExpiry(orderId: string, at: Date): Promise<void> {
  await enqueue(queues.ticketExpireHold, { orderId }, { startAfter: at, singletonKey: `ticket-hold-${orderId}` });
}

/** Expires one order's hold when it is due. Idempotent; a paid order is never touched (the row lock orders it against the webhook). */
export async function expireTicketHold(orderId: string, now = new Date()): Promise<{ expired: boolean }> {
  const outcome = await db.$transaction(async (tx) => {
    const order = await lockOrder(tx, { id: orderId });
    if (!order || order.kind !== "TICKET") return { expired: false, session: null };
    // Already expired: a retried job only repeats the Stripe call (a failed one is why it retried).
    if (order.status !== "PENDING" || !order.holdExpiresAt || order.holdExpiresAt > now) return { expired: false, session: order.status === "EXPIRED" ? order.stripeCheckoutSessionId : null };
    await releaseTicketHold(tx, { orgId: order.orgId, orderId, status: "EXPIRED", locked: order });
    return { expired: true, session: order.stripeCheckoutSessionId };
  });
  if (outcome.session) await expireCheckoutSession(outcome.session);
  return { expired: outcome.expired };
}

export async function sweepTicketHolds(now = new Date()): Promise<{ expired: number; refunded: number }> {
  const due = await db.order.findMany({ where: { kind: "TICKET", status: "PENDING", holdExpiresAt: { lte: now } }, select: { id: true }, orderBy: { holdExpiresAt: "asc" }, take: 200 });
  const unhonoured = await db.order.findMany({ where: { kind: "TICKET", status: "PAID", amount: { gt: 0 }, paidAt: { lte: new Date(now.getTime() - GRACE_MS) }, tickets: { none: {} } }, select: { id: true }, take: 50 });
  let expired = 0;
  let refunded = 0;
  for (const { id } of due) expired += (await attempt(() => expireTicketHold(id, now), id))?.expired ? 1 : 0;
  for (const { id } of unhonoured) refunded += (await attempt(() => refundUnhonouredTicketOrder(id), id)) ? 1 : 0;
  return { expired, refunded };
}

async function attempt<T>(work: () => Promise<T>, orderId: string): Promise<T | null> {
  try {
    return await work();
  } catch (err) {
    console.error(`[tickets] hold sweep: order ${orderId} failed`, err);
    return null;
  }
}

/** The queue's handler: one order's scheduled expiry, or the sweep. */
export async function runTicketHoldJob(data: { orderId?: string }): Promise<void> {
  if (data?.orderId) await expireTicketHold(data.orderId);
  else await sweepTicketHolds();
}
