import { AppError } from "@/lib/errors";

// Refunds a paid Order in full through Stripe and marks it REFUNDED (idempotent: a refunded
// order is left as it is). INTERFACE STUB: the payments work replaces the body.
export async function refundOrder(_orderId: string, _reason: string): Promise<void> {
  throw new AppError("NOT_CONFIGURED", "Online payments are not configured for this business yet.");
}
