import type { PromoRules } from "../types";

export type PromoCheck = { ok: true } | { ok: false; message: string };

/** Whether a promo code may be used on this event now (redemptions are counted atomically later). */
export function checkPromoCode(promo: PromoRules, eventId: string, now: Date): PromoCheck {
  if (!promo.active) return { ok: false, message: "This promo code is no longer active." };
  if (promo.eventId && promo.eventId !== eventId) return { ok: false, message: "This promo code is not valid for this event." };
  if (promo.expiresAt && now >= promo.expiresAt) return { ok: false, message: "This promo code has expired." };
  if (promo.maxRedemptions !== null && promo.redemptions >= promo.maxRedemptions) return { ok: false, message: "This promo code has been used up." };
  return { ok: true };
}

/** The discount a code gives on a subtotal: never more than the subtotal, whole minor units (half up). */
export function promoDiscount(promo: Pick<PromoRules, "kind" | "value">, subtotal: number): number {
  if (subtotal <= 0) return 0;
  const raw = promo.kind === "PERCENT" ? Math.round((subtotal * promo.value) / 100) : promo.value;
  return Math.min(subtotal, Math.max(0, raw));
}
