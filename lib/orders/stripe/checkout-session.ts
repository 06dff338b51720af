import Stripe from "stripe";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getStripe } from "./stripe-client";
import { env } from "@/lib/env";

// Stripe Checkout for one Order (bookings and tickets share it). The webhook reads
// metadata {orgId, orderId, kind} to fulfil the order; the payment intent carries the same
// metadata so its charge.refunded finds the order too.

export interface CheckoutLine {
  name: string;
  /** Minor units. */
  unitAmount: number;
  quantity: number;
}

export interface CheckoutRequest {
  orgId: string;
  orderId: string;
  kind: "BOOKING" | "TICKET";
  currency: string;
  lines: CheckoutLine[];
  customerEmail?: string;
  successUrl: string;
  cancelUrl: string;
}

export interface CheckoutSession {
  id: string;
  url: string;
}

// Stripe refuses expires_at under 30 minutes; our shorter holds are enforced by our own job,
// which expires the session through the API. Derived from the order's creation time so a retry
// with the same idempotency key sends identical parameters.
const STRIPE_MIN_EXPIRY_MS = 30 * 60_000;
const SESSION_LIFETIME_MS = 60 * 60_000;

export function checkoutExpiresAt(orderCreatedAt: Date, now = new Date()): number {
  const preferred = orderCreatedAt.getTime() + SESSION_LIFETIME_MS;
  const earliest = now.getTime() + STRIPE_MIN_EXPIRY_MS + 60_000;
  return Math.floor(Math.max(preferred, earliest) / 1000);
}

/** True when STRIPE_SECRET_KEY is set; paid flows say "payments are not configured" otherwise. */
export function isStripeConfigured(): boolean {
  return Boolean(env().STRIPE_SECRET_KEY);
}

/** Creates the Checkout Session and stores its id on the Order. */
export async function createCheckoutSession(request: CheckoutRequest): Promise<CheckoutSession> {
  const stripe = getStripe();
  const order = await db.order.findFirst({ where: { id: request.orderId, orgId: request.orgId }, select: { id: true, status: true, amount: true, createdAt: true } });
  if (!order) throw new AppError("NOT_FOUND", "Order not found.");
  if (order.status !== "PENDING") throw new AppError("CONFLICT", "This order is no longer awaiting payment.");
  if (request.lines.length === 0 || request.lines.some((l) => !Number.isInteger(l.unitAmount) || l.unitAmount <= 0 || !Number.isInteger(l.quantity) || l.quantity <= 0)) {
    throw new AppError("BAD_INPUT", "Checkout needs at least one line with a positive whole amount in minor units.");
  }
  const total = request.lines.reduce((sum, l) => sum + l.unitAmount * l.quantity, 0);
  if (total !== order.amount) throw new AppError("CONFLICT", "The checkout total does not match the order.");

  const metadata = { orgId: request.orgId, orderId: request.orderId, kind: request.kind };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      line_items: request.lines.map((l) => ({ quantity: l.quantity, price_data: { currency: request.currency.toLowerCase(), unit_amount: l.unitAmount, product_data: { name: l.name } } })),
      customer_email: request.customerEmail || undefined,
      success_url: request.successUrl,
      cancel_url: request.cancelUrl,
      client_reference_id: request.orderId,
      metadata,
      payment_intent_data: { metadata },
      expires_at: checkoutExpiresAt(order.createdAt),
    },
    { idempotencyKey: `checkout-session-${request.orderId}` },
  );
  if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL`);
  await db.order.updateMany({ where: { id: order.id, orgId: request.orgId }, data: { stripeCheckoutSessionId: session.id } });
  return { id: session.id, url: session.url };
}

/** Expires an open Checkout Session; one that is already complete or expired is left alone. */
export async function expireCheckoutSession(sessionId: string): Promise<void> {
  if (!isStripeConfigured()) return;
  try {
    await getStripe().checkout.sessions.expire(sessionId, {}, { idempotencyKey: `expire-session-${sessionId}` });
  } catch (err) {
    // 400 "only open sessions can be expired" (paid meanwhile: the webhook decides) or 404.
    if (err instanceof Stripe.errors.StripeInvalidRequestError) return;
    throw err;
  }
}
