import { AppError } from "@/lib/errors";

// Stripe Checkout for one Order (bookings and tickets share it).
// INTERFACE STUB: the payments work replaces the bodies; callers rely on these signatures.

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

/** True when STRIPE_SECRET_KEY is set; paid flows say "payments are not configured" otherwise. */
export function isStripeConfigured(): boolean {
  return false;
}

/** Creates the Checkout Session and stores its id on the Order. */
export async function createCheckoutSession(_request: CheckoutRequest): Promise<CheckoutSession> {
  throw new AppError("NOT_CONFIGURED", "Online payments are not configured for this business yet.");
}
