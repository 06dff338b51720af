import { NextResponse } from "next/server";
import { customerToJson, getCustomer } from "@/lib/customers";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /api/orgs/[org]/customers/[id]: one customer's public fields (404 outside the org)
export const GET = withOrg({}, async ({ ctx, params }) => {
  const customer = await getCustomer({ orgId: ctx.orgId, customerId: params.id });
  return NextResponse.json({ customer: customerToJson(customer) }, { headers: { "cache-control": "no-store" } });
});
