import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { checkPromoCode } from "./apply-promo-code";

/** A promo code the buyer typed, if it may be used on this event now; otherwise a field error on promoCode. */
export async function findEventPromo(options: { orgId: string; eventId: string; code: string; now: Date }) {
  const promo = await db.promoCode.findFirst({
    where: { orgId: options.orgId, code: options.code.trim().toUpperCase() },
    select: { id: true, code: true, kind: true, value: true, eventId: true, maxRedemptions: true, redemptions: true, expiresAt: true, active: true },
  });
  if (!promo) throw new AppError("BAD_INPUT", "This promo code does not exist.", { promoCode: "This promo code does not exist." });
  const check = checkPromoCode(promo, options.eventId, options.now);
  if (!check.ok) throw new AppError("BAD_INPUT", check.message, { promoCode: check.message });
  return promo;
}
