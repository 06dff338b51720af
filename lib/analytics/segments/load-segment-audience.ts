import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getSegment } from "./get-segment";
import { segmentCustomerWhere } from "./segment-customer-where";

/**
 * A stored segment of `orgId` as a Customer `where`, for areas that take a segment id from a
 * form (broadcast audience, promo code scope). Another org's segment id is NOT_FOUND; a stored
 * definition that no longer validates is refused rather than widened to everyone.
 */
export async function loadSegmentAudience({ orgId, segmentId }: { orgId: string; segmentId: string }): Promise<{ segment: { id: string; name: string }; where: Prisma.CustomerWhereInput }> {
  const segment = await getSegment({ orgId, segmentId });
  if (!segment.definition) throw new AppError("BAD_INPUT", `The segment "${segment.name}" has conditions that are no longer valid. Edit and save it first.`);
  return { segment: { id: segment.id, name: segment.name }, where: segmentCustomerWhere({ orgId, definition: segment.definition }) };
}
