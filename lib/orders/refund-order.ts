import Stripe from "stripe";
import { db, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getStripe } from "./stripe/stripe-client";
import type { Tx } from "./types";

// Refunds a paid Order in full through Stripe and marks it REFUNDED (idempotent: a refunded
// order is left as it is; the idempotency key makes a retried call one refund at Stripe).
// Pass `tx` when the caller holds the order's row lock (lockOrder) in that transaction.
export async function refundOrder(orderId: string, reason: string, tx: Tx | Db = db): Promise<void> {
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, status: true, stripePaymentIntentId: true, stripeCheckoutSessionId: true } });
  if (!order) throw new AppError("NOT_FOUND", "Order not found.");
  if (order.status === "REFUNDED") return;
  if (order.status !== "PAID") throw new AppError("CONFLICT", "Only a paid order can be refunded.");
  const stripe = getStripe();
  const paymentIntent = order.stripePaymentIntentId ?? (await paymentIntentOfSession(stripe, order.stripeCheckoutSessionId));
  if (!paymentIntent) throw new AppError("CONFLICT", "This order has no Stripe payment to refund.");
  try {
    await stripe.refunds.create({ payment_intent: paymentIntent, reason: "requested_by_customer", metadata: { orderId, reason: reason.slice(0, 500) } }, { idempotencyKey: `refund-order-${orderId}` });
  } catch (err) {
    // Refunded from the Stripe dashboard (or by an earlier attempt): the money is back either way.
    if (!(err instanceof Stripe.errors.StripeError && err.code === "charge_already_refunded")) throw err;
  }
  await tx.order.updateMany({ where: { id: orderId, status: "PAID" }, data: { status: "REFUNDED", stripePaymentIntentId: paymentIntent } });
}

async function paymentIntentOfSession(stripe: Stripe, sessionId: string | null): Promise<string | null> {
  if (!sessionId) return null;
  const session = await stripe.checkout.sessions.retrieve(sessionId);
  return typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
}
