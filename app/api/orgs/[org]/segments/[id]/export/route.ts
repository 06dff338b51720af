import { exportSegmentCsv } from "@/lib/analytics";
import { getSegment } from "@/lib/analytics";
import { AppError } from "@/lib/errors";
import { respondCsv } from "@/lib/shared/respond-csv";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

const fileSafe = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[^\w-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 40) || "segment";

// GET /api/orgs/[org]/segments/[id]/export: the segment's members as a CSV download (customers export columns)
export const GET = withOrg({}, async ({ ctx, params }) => {
  const segment = await getSegment({ orgId: ctx.orgId, segmentId: params.id });
  if (!segment.definition) throw new AppError("BAD_INPUT", "This segment's conditions are no longer valid. Edit and save it first.");
  const csv = await exportSegmentCsv({ orgId: ctx.orgId, currency: ctx.currency, definition: segment.definition });
  const date = new Date().toISOString().slice(0, 10);
  return respondCsv(csv, `segment-${fileSafe(segment.name)}-${date}.csv`);
});
