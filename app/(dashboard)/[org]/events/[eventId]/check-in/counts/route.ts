import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { getCheckInCounts } from "@/lib/ticketing";
import { listRecentCheckIns } from "@/lib/ticketing";
import { getDoorEvent } from "@/lib/ticketing";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /[org]/events/[eventId]/check-in/counts: checked in vs sold and the latest check-ins, polled by every door screen
export const GET = withOrg({}, async ({ ctx, params }) => {
  if (!params.eventId || params.eventId.length > 64) throw new AppError("NOT_FOUND", "Event not found.");
  const event = await getDoorEvent({ orgId: ctx.orgId, eventId: params.eventId });
  const scope = { orgId: ctx.orgId, eventId: event.id };
  const [counts, recent] = await Promise.all([getCheckInCounts(scope), listRecentCheckIns(scope)]);
  return NextResponse.json({ ...counts, recent }, { headers: { "cache-control": "no-store" } });
});
