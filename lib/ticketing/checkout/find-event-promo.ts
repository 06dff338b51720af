import { loadSegmentAudience } from "@/lib/analytics";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { checkPromoCode } from "./apply-promo-code";

/**
 * A promo code the buyer typed, if it may be used on this event now; otherwise a field error on
 * promoCode. A code scoped to an analytics segment applies only to buyers whose customer record
 * (by email) is in the segment: checked at checkout (`buyerEmail`); the price preview, which has
 * no email yet, shows the discount and says it is for selected customers.
 */
export async function findEventPromo(options: { orgId: string; eventId: string; code: string; now: Date; buyerEmail?: string }) {
  const promo = await db.promoCode.findFirst({
    where: { orgId: options.orgId, code: options.code.trim().toUpperCase() },
    select: { id: true, code: true, kind: true, value: true, eventId: true, maxRedemptions: true, redemptions: true, expiresAt: true, active: true, segmentId: true },
  });
  if (!promo) throw new AppError("BAD_INPUT", "This promo code does not exist.", { promoCode: "This promo code does not exist." });
  const check = checkPromoCode(promo, options.eventId, options.now);
  if (!check.ok) throw new AppError("BAD_INPUT", check.message, { promoCode: check.message });
  if (promo.segmentId && options.buyerEmail !== undefined && !(await isInSegment({ orgId: options.orgId, segmentId: promo.segmentId, email: options.buyerEmail }))) {
    const message = "This promo code is reserved for selected customers and does not apply to this email address.";
    throw new AppError("BAD_INPUT", message, { promoCode: message });
  }
  return promo;
}

async function isInSegment({ orgId, segmentId, email }: { orgId: string; segmentId: string; email: string }): Promise<boolean> {
  const { where } = await loadSegmentAudience({ orgId, segmentId });
  const members = await db.customer.count({ where: { AND: [where, { orgId, email: { equals: email.trim(), mode: "insensitive" } }] } });
  return members > 0;
}
