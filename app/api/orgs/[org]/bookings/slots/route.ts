import { NextResponse } from "next/server";
import { getStaffSlots, staffSlotsQuerySchema } from "@/lib/booking";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /api/orgs/[org]/bookings/slots?service=&staff=&from=&to=&tz=: free times for a manual booking (short notice allowed)
export const GET = withOrg({ query: staffSlotsQuerySchema }, async ({ ctx, query }) => {
  return NextResponse.json(await getStaffSlots({ orgId: ctx.orgId, query }), { headers: { "cache-control": "no-store" } });
});
