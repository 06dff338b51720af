// The paid-order lifecycle (hold, Stripe Checkout, fulfil, expire, refund, release, sweep),
// written once for every kind. Areas (booking, ticketing) pass their OrderKindAdapter in.
export type { LockedOrder, OrderKindAdapter, OrderKinds, Tx, WebhookContext } from "./types";
export { lockOrder } from "./lock-order";
export { refundOrder } from "./refund-order";
export { expireOrderHold, releaseAbandonedOrder, runOrderHoldJob, sweepOrderHolds } from "./holds";
export { checkoutExpiresAt, createCheckoutSession, expireCheckoutSession, isStripeConfigured, type CheckoutLine, type CheckoutRequest, type CheckoutSession } from "./stripe/checkout-session";
export { getStripe, stripeConfig } from "./stripe/stripe-client";
export { handledStripeEventTypes, processStripeEvent, type ProcessResult } from "./webhooks/process-stripe-event";
