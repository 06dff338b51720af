import { NextResponse } from "next/server";
import { customerSearchSchema, searchCustomers } from "@/lib/customers";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /api/orgs/[org]/customers/search?q=: up to 8 matching customers (id, name, email, phone) for pickers
export const GET = withOrg({ query: customerSearchSchema }, async ({ ctx, query }) => {
  return NextResponse.json({ customers: await searchCustomers({ orgId: ctx.orgId, q: query.q }) }, { headers: { "cache-control": "no-store" } });
});
