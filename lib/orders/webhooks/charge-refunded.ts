import type Stripe from "stripe";
import { lockOrder } from "../lock-order";
import { orderMetadata, paymentIntentId } from "./order-metadata";
import type { WebhookContext } from "../types";

// A full refund (ours or from the Stripe dashboard) makes the order REFUNDED from any state, even
// before its checkout.session.completed arrived (the charge carries the payment intent's
// metadata); a later completed event then leaves it REFUNDED. Partial refunds change nothing.
export async function handleChargeRefunded(ctx: WebhookContext): Promise<void> {
  const charge = ctx.event.data.object as Stripe.Charge;
  if (!charge.refunded) return;
  const paymentIntent = paymentIntentId(charge.payment_intent);
  const meta = orderMetadata(charge.metadata);
  const order = (paymentIntent && (await lockOrder(ctx.tx, { paymentIntentId: paymentIntent }))) || (meta && (await lockOrder(ctx.tx, { id: meta.orderId, orgId: meta.orgId })));
  if (!order) return void console.warn(`[stripe] ${ctx.event.id}: no order for refunded charge ${charge.id}`);
  if (order.status === "REFUNDED") return;
  await ctx.tx.order.update({ where: { id: order.id }, data: { status: "REFUNDED", stripePaymentIntentId: order.stripePaymentIntentId ?? paymentIntent } });
  await ctx.kinds[order.kind].onRefunded({ ...ctx, order: { ...order, status: "REFUNDED" } });
}
