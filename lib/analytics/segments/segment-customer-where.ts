import type { Prisma } from "@/lib/db/client";
import type { SegmentDefinition } from "./segment-definition";

/**
 * The one way to turn a segment into customers: the Prisma `where` on Customer for the
 * customers of `orgId` that match `definition` (see segment-definition.ts for each condition).
 *
 * Every area that resolves an audience calls this (segment pages, CSV export, Telegram
 * broadcasts, promo codes scoped to a segment), so a segment means the same customers
 * everywhere:
 *
 *   const where = segmentCustomerWhere({ orgId: ctx.orgId, definition });
 *   const customers = await db.customer.findMany({ where, select: { id: true, telegramUserId: true } });
 *
 * The org id from the caller's tenancy context is always part of the result, on the customer
 * and on its score, so a definition can never reach another org's customers. It is pure (no
 * I/O); to start from a stored segment id use loadSegmentAudience() in load-segment-audience.ts,
 * which checks the segment belongs to the org. Conditions are ANDed; score conditions go through
 * the `score` relation, so they only match customers that have a CustomerScore row.
 */
export function segmentCustomerWhere({ orgId, definition: d }: { orgId: string; definition: SegmentDefinition }): Prisma.CustomerWhereInput {
  if (typeof orgId !== "string" || orgId.length === 0) throw new Error("segmentCustomerWhere needs the org id");
  const where: Prisma.CustomerWhereInput = { orgId };
  if (d.tags?.length) where.tags = { hasSome: d.tags };
  if (d.sources?.length) where.source = { in: d.sources };
  if (d.hasEmail !== undefined) where.email = d.hasEmail ? { not: null } : null;
  if (d.hasTelegram !== undefined) where.telegramUserId = d.hasTelegram ? { not: null } : null;

  const score: Prisma.CustomerScoreWhereInput = {};
  if (d.rfmSegments?.length) score.rfmSegment = { in: d.rfmSegments };
  if (d.clusters?.length) score.cluster = { in: d.clusters };
  if (d.churnRisk?.length) score.churnRisk = { in: d.churnRisk };
  if (d.minClv !== undefined || d.maxClv !== undefined) score.clv12m = { ...(d.minClv !== undefined && { gte: d.minClv }), ...(d.maxClv !== undefined && { lte: d.maxClv }) };
  if (d.minPAlive !== undefined || d.maxPAlive !== undefined) score.pAlive = { ...(d.minPAlive !== undefined && { gte: d.minPAlive }), ...(d.maxPAlive !== undefined && { lte: d.maxPAlive }) };
  if (d.minTotalSpent !== undefined) score.totalSpent = { gte: d.minTotalSpent };
  if (d.lastOrderAfter !== undefined || d.lastOrderBefore !== undefined) {
    score.lastOrderAt = { ...(d.lastOrderAfter !== undefined && { gte: new Date(d.lastOrderAfter) }), ...(d.lastOrderBefore !== undefined && { lt: new Date(d.lastOrderBefore) }) };
  }
  if (Object.keys(score).length > 0) where.score = { is: { orgId, ...score } };
  return where;
}
