import { db } from "@/lib/db/client";
import { lockOrder } from "./lock-order";
import { expireCheckoutSession } from "./stripe/checkout-session";
import type { OrderKindAdapter } from "./types";

// The hold half of the paid-order lifecycle, for every kind: an order holds what it sells (a
// booking's time, seats) while the buyer pays; then it expires (its own job, or the sweep), or
// the buyer comes back from Checkout without paying and it is released at once. Each step takes
// the order's row lock, so it is ordered against the payment webhook, and the Checkout Session is
// expired at Stripe after commit so the buyer can no longer pay for what was given back.

/** A payment this long without its kind's rows is one whose after-commit refund did not happen. */
const UNHONOURED_GRACE_MS = 2 * 60_000;

/** Expires one order's hold when it is due. Idempotent; a paid order is never touched. */
export async function expireOrderHold(kind: OrderKindAdapter, orderId: string, now = new Date()): Promise<{ expired: boolean }> {
  const outcome = await db.$transaction(async (tx) => {
    const order = await lockOrder(tx, { id: orderId });
    if (!order || order.kind !== kind.kind) return { expired: false, session: null };
    // Already expired: a retried job only repeats the Stripe call (a failed one is why it retried).
    if (order.status !== "PENDING") return { expired: false, session: order.status === "EXPIRED" ? order.stripeCheckoutSessionId : null };
    if (!(await kind.holdIsDue(tx, order, now))) return { expired: false, session: null };
    await kind.releaseHold(tx, order, "EXPIRED");
    await tx.order.update({ where: { id: order.id }, data: { status: "EXPIRED" } });
    return { expired: true, session: order.stripeCheckoutSessionId };
  });
  if (outcome.session) await expireCheckoutSession(outcome.session);
  return { expired: outcome.expired };
}

/** The buyer left Checkout without paying: give the hold back now instead of at its expiry. */
export async function releaseAbandonedOrder(kind: OrderKindAdapter, orderId: string): Promise<boolean> {
  const session = await db.$transaction(async (tx) => {
    const order = await lockOrder(tx, { id: orderId });
    if (!order || order.kind !== kind.kind || order.status !== "PENDING") return null;
    if (!(await kind.releaseHold(tx, order, "CANCELED"))) return null;
    await tx.order.update({ where: { id: order.id }, data: { status: "CANCELED" } });
    return order.stripeCheckoutSessionId ?? "";
  });
  // A payment that still arrives later is retaken or refunded by the payment webhook.
  if (session) await expireCheckoutSession(session).catch((err) => console.error(`[orders] could not expire session of ${kind.kind} order ${orderId}`, err));
  return session !== null;
}

/**
 * Safety net, once a minute: holds whose own expiry job was lost (a crash, a failed enqueue), and
 * late payments whose after-commit refund did not happen.
 */
export async function sweepOrderHolds(kind: OrderKindAdapter, now = new Date()): Promise<{ expired: number; refunded: number }> {
  const due = await kind.overdueHolds(now);
  const unhonoured = await kind.unhonouredPayments(new Date(now.getTime() - UNHONOURED_GRACE_MS));
  let expired = 0;
  let refunded = 0;
  for (const id of due) expired += (await attempt(kind, id, () => expireOrderHold(kind, id, now)))?.expired ? 1 : 0;
  for (const id of unhonoured) refunded += (await attempt(kind, id, () => kind.refundUnhonoured(id))) ? 1 : 0;
  return { expired, refunded };
}

async function attempt<T>(kind: OrderKindAdapter, orderId: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (err) {
    console.error(`[orders] hold sweep: ${kind.kind} order ${orderId} failed`, err);
    return null;
  }
}

/** A kind's hold queue handler: `{ orderId }` expires that order's hold; `{}` is the sweep. */
export async function runOrderHoldJob(kind: OrderKindAdapter, data: { orderId?: string }): Promise<void> {
  if (data?.orderId) await expireOrderHold(kind, data.orderId);
  else await sweepOrderHolds(kind);
}
