import type Stripe from "stripe";
import { lockOrder } from "../lock-order";
import { orderMetadata } from "./order-metadata";
import type { WebhookContext } from "../types";

// Stripe gave up on the session: a still-PENDING order expires and its kind releases what it
// held. An order that was paid (a completed event came first) is left alone.
export async function handleCheckoutSessionExpired(ctx: WebhookContext): Promise<void> {
  const session = ctx.event.data.object as Stripe.Checkout.Session;
  const meta = orderMetadata(session.metadata);
  if (!meta) return;
  const order = await lockOrder(ctx.tx, { id: meta.orderId, orgId: meta.orgId });
  if (!order || order.status !== "PENDING") return;
  await ctx.tx.order.update({ where: { id: order.id }, data: { status: "EXPIRED" } });
  await ctx.kinds[order.kind].releaseHold(ctx.tx, { ...order, status: "EXPIRED" }, "EXPIRED");
}
