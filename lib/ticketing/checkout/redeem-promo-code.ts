import type { Tx } from "@/lib/orders";

// A promo code's redemptions are counted by the checkout's seat statement (place-ticket-order,
// the code's row locked and checked), so max redemptions hold under any number of concurrent
// buyers; an expired hold gives its redemption back.

export const PROMO_USED_UP = "This promo code has been used up.";

/** Counts a redemption without limits: a late payment already paid the discounted price. */
export async function recountPromoCode(tx: Tx, orgId: string, promoCodeId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "PromoCode" SET redemptions = redemptions + 1, "updatedAt" = now() WHERE id = ${promoCodeId} AND "orgId" = ${orgId}`;
}

export async function releasePromoCode(tx: Tx, orgId: string, promoCodeId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "PromoCode" SET redemptions = GREATEST(redemptions - 1, 0), "updatedAt" = now() WHERE id = ${promoCodeId} AND "orgId" = ${orgId}`;
}
