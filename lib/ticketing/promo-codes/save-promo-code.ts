import { type Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { localToUtc } from "../../shared/local-date-time";
import type { PromoCodeFields } from "./promo-code-fields";

// Create and update promo codes, per event or for every event of the org. The event and the
// segment must be the org's; a code is unique in the org; expiry is entered in the org's zone.
type Tx = Prisma.TransactionClient;

async function toData(tx: Tx, orgId: string, timeZone: string, fields: PromoCodeFields) {
  // `tx` is an orgDb(orgId) transaction (every caller below): the org is ANDed into each where.
  if (fields.eventId && !(await tx.event.count({ where: { id: fields.eventId } }))) throw new AppError("BAD_INPUT", undefined, { eventId: "Choose an event of this organization" });
  if (fields.segmentId && !(await tx.segment.count({ where: { id: fields.segmentId } }))) throw new AppError("BAD_INPUT", undefined, { segmentId: "Choose a segment of this organization" });
  const expiresAt = fields.expiresAt ? localToUtc(fields.expiresAt, timeZone) : null;
  if (fields.expiresAt && !expiresAt) throw new AppError("BAD_INPUT", undefined, { expiresAt: "Enter a valid date and time" });
  return { ...fields, expiresAt };
}

function codeTaken(err: unknown) {
  return isUniqueViolation(err, "code") ? new AppError("BAD_INPUT", undefined, { code: "This organization already has a promo code with this name" }) : null;
}

export async function createPromoCode({ orgId, timeZone, fields }: { orgId: string; timeZone: string; fields: PromoCodeFields }) {
  try {
    return await orgDb(orgId).$transaction(async (tx) => tx.promoCode.create({ data: { ...(await toData(tx, orgId, timeZone, fields)), orgId }, select: { id: true } }));
  } catch (err) {
    throw codeTaken(err) ?? err;
  }
}

export async function updatePromoCode({ orgId, timeZone, promoCodeId, fields }: { orgId: string; timeZone: string; promoCodeId: string; fields: PromoCodeFields }) {
  try {
    await orgDb(orgId).$transaction(async (tx) => {
      const current = await tx.promoCode.findFirst({ where: { id: promoCodeId }, select: { redemptions: true } });
      if (!current) throw new AppError("NOT_FOUND", "Promo code not found.");
      if (fields.maxRedemptions !== null && fields.maxRedemptions < current.redemptions) throw new AppError("BAD_INPUT", undefined, { maxRedemptions: `Already used ${current.redemptions} times; the limit cannot be lower` });
      await tx.promoCode.update({ where: { id: promoCodeId }, data: await toData(tx, orgId, timeZone, fields) });
    });
  } catch (err) {
    throw codeTaken(err) ?? err;
  }
}

export async function setPromoCodeActive({ orgId, promoCodeId, active }: { orgId: string; promoCodeId: string; active: boolean }) {
  const { count } = await orgDb(orgId).promoCode.updateMany({ where: { id: promoCodeId }, data: { active } });
  if (count !== 1) throw new AppError("NOT_FOUND", "Promo code not found.");
}
