import { NextResponse } from "next/server";
import { getLatestAnalyticsRun } from "@/lib/analytics";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /api/orgs/[org]/analytics/run: the latest analytics recompute (status, progress, summary), polled by RecomputePanel
export const GET = withOrg({}, async ({ ctx }) => {
  const run = await getLatestAnalyticsRun({ orgId: ctx.orgId });
  return NextResponse.json({ run }, { headers: { "cache-control": "no-store" } });
});
