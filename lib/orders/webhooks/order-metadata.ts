import type Stripe from "stripe";

// Our Checkout Sessions (and their payment intents) carry {orgId, orderId, kind}; anything
// without them was not created by Frontdesk and is ignored.
export function orderMetadata(metadata: Stripe.Metadata | null | undefined): { orgId: string; orderId: string; kind: "BOOKING" | "TICKET" } | null {
  const { orgId, orderId, kind } = metadata ?? {};
  if (!orgId || !orderId || (kind !== "BOOKING" && kind !== "TICKET")) return null;
  return { orgId, orderId, kind };
}

export function paymentIntentId(value: string | { id: string } | null | undefined): string | null {
  return typeof value === "string" ? value : (value?.id ?? null);
}
