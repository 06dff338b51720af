import { notFound } from "next/navigation";
import { getSegment } from "@/lib/analytics";
import { AppError } from "@/lib/errors";

/** A segment of the org for a page, or the 404 page (another org's id looks like no id at all). */
export async function loadSegmentOr404({ orgId, segmentId }: { orgId: string; segmentId: string }) {
  try {
    return await getSegment({ orgId, segmentId });
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}
