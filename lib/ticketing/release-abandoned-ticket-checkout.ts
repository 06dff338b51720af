import { db } from "@/lib/db/client";
import { expireCheckoutSession } from "@/lib/booking/expire-booking-hold";
import { lockOrder } from "@/lib/payments/lock-order";
import { verifyOrderLinkToken } from "./public/order-link-token";
import { releaseTicketHold } from "./release-ticket-hold";

// The buyer came back from Stripe Checkout without paying (the cancel URL carries
// "<orderId>.<order token>"): give the held seats back at once instead of after 15 minutes. A
// payment that still arrives later is retaken or refunded by the payment webhook.
export async function releaseAbandonedTicketCheckout(value: string): Promise<boolean> {
  const [orderId, token] = value.split(".");
  if (!orderId || !verifyOrderLinkToken(orderId, token)) return false;
  const session = await db.$transaction(async (tx) => {
    const order = await lockOrder(tx, { id: orderId });
    if (!order || order.kind !== "TICKET" || order.status !== "PENDING") return null;
    return (await releaseTicketHold(tx, { orgId: order.orgId, orderId, status: "CANCELED" })) ? (order.stripeCheckoutSessionId ?? "") : null;
  });
  if (session) await expireCheckoutSession(session).catch((err) => console.error("[tickets] could not expire session", err));
  return session !== null;
}
