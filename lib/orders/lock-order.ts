import type { LockedOrder, Tx } from "./types";

// Every change to an order's payment state (webhooks, hold expiry, refunds) first takes the
// order's row lock, so concurrent events for one order apply one after the other and each sees
// the state the previous one committed. The row carries what the handlers need (a ticket hold's
// expiry and promo code, the event), so they do not read the order again.
export async function lockOrder(tx: Tx, where: { id: string; orgId?: string } | { paymentIntentId: string }): Promise<LockedOrder | null> {
  const rows =
    "paymentIntentId" in where
      ? await tx.$queryRaw<
          LockedOrder[]
        >`SELECT id, "orgId", kind, status, "stripePaymentIntentId", "stripeCheckoutSessionId", "holdExpiresAt", "promoCodeId", "eventId" FROM "Order" WHERE "stripePaymentIntentId" = ${where.paymentIntentId} FOR UPDATE`
      : await tx.$queryRaw<
          LockedOrder[]
        >`SELECT id, "orgId", kind, status, "stripePaymentIntentId", "stripeCheckoutSessionId", "holdExpiresAt", "promoCodeId", "eventId" FROM "Order" WHERE id = ${where.id} AND (${where.orgId ?? null}::text IS NULL OR "orgId" = ${where.orgId ?? null}) FOR UPDATE`;
  return rows[0] ?? null;
}
