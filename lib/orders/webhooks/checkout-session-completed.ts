import type Stripe from "stripe";
import { lockOrder } from "../lock-order";
import { orderMetadata, paymentIntentId } from "./order-metadata";
import type { WebhookContext } from "../types";

// The client paid: the order becomes PAID once, whatever arrived before (an expiry: the kind
// decides whether it can still honour it; a refund: the order stays REFUNDED).
export async function handleCheckoutSessionCompleted(ctx: WebhookContext): Promise<void> {
  const session = ctx.event.data.object as Stripe.Checkout.Session;
  const meta = orderMetadata(session.metadata);
  if (!meta) return;
  // Delayed payment methods complete the session unpaid; we only offer cards, which pay at once.
  if (session.payment_status === "unpaid") return;
  const order = await lockOrder(ctx.tx, { id: meta.orderId, orgId: meta.orgId });
  if (!order) return void console.warn(`[stripe] ${ctx.event.id}: order ${meta.orderId} not found`);
  const paymentIntent = paymentIntentId(session.payment_intent);
  if (order.status === "PAID" || order.status === "REFUNDED") {
    if (!order.stripePaymentIntentId && paymentIntent) await ctx.tx.order.update({ where: { id: order.id }, data: { stripePaymentIntentId: paymentIntent } });
    return;
  }
  await ctx.tx.order.update({
    where: { id: order.id },
    data: { status: "PAID", paidAt: new Date(ctx.event.created * 1000), stripePaymentIntentId: paymentIntent, stripeCheckoutSessionId: session.id },
  });
  const paid = { ...order, status: "PAID" as const, stripePaymentIntentId: paymentIntent, stripeCheckoutSessionId: session.id };
  await ctx.kinds[order.kind].onPaid({ ...ctx, order: paid, previousStatus: order.status });
}
