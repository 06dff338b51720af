import { customerFiltersSchema } from "@/lib/customers";
import { exportCustomersCsv } from "@/lib/customers";
import { respondCsv } from "@/lib/shared/respond-csv";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /api/orgs/[org]/customers/export?q=&tag=&source=: the filtered list as a CSV download
export const GET = withOrg({ query: customerFiltersSchema }, async ({ ctx, query }) => {
  const csv = await exportCustomersCsv({ orgId: ctx.orgId, currency: ctx.currency, filters: query });
  const date = new Date().toISOString().slice(0, 10);
  return respondCsv(csv, `customers-${ctx.slug}-${date}.csv`);
});
