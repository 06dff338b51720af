import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/payments/webhooks/types";

// A promo code's redemptions are counted in the checkout's transaction by one conditional
// UPDATE, so max redemptions hold under any number of concurrent buyers; an expired hold gives
// its redemption back.

export const PROMO_USED_UP = "This promo code has been used up.";

export async function redeemPromoCode(tx: Tx, options: { orgId: string; promoCodeId: string; eventId: string; now: Date }): Promise<void> {
  const { orgId, promoCodeId, eventId, now } = options;
  const counted = await tx.$executeRaw`
    UPDATE "PromoCode" SET redemptions = redemptions + 1, "updatedAt" = now()
    WHERE id = ${promoCodeId} AND "orgId" = ${orgId} AND active AND ("eventId" IS NULL OR "eventId" = ${eventId})
      AND ("expiresAt" IS NULL OR "expiresAt" > ${now}) AND ("maxRedemptions" IS NULL OR redemptions < "maxRedemptions")`;
  if (counted === 0) throw new AppError("CONFLICT", PROMO_USED_UP, { promoCode: PROMO_USED_UP });
}

/** Counts a redemption without limits: a late payment already paid the discounted price. */
export async function recountPromoCode(tx: Tx, orgId: string, promoCodeId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "PromoCode" SET redemptions = redemptions + 1, "updatedAt" = now() WHERE id = ${promoCodeId} AND "orgId" = ${orgId}`;
}

export async function releasePromoCode(tx: Tx, orgId: string, promoCodeId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "PromoCode" SET redemptions = GREATEST(redemptions - 1, 0), "updatedAt" = now() WHERE id = ${promoCodeId} AND "orgId" = ${orgId}`;
}
