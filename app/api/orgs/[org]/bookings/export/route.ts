import { bookingFiltersSchema } from "@/lib/booking";
import { exportBookingsCsv } from "@/lib/booking";
import { respondCsv } from "@/lib/shared/respond-csv";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /api/orgs/[org]/bookings/export?status=&staff=&service=&from=&to=&q=&sort=: the filtered list as a CSV download
export const GET = withOrg({ query: bookingFiltersSchema }, async ({ ctx, query }) => {
  const csv = await exportBookingsCsv({ orgId: ctx.orgId, timeZone: ctx.timezone, filters: query });
  const date = new Date().toISOString().slice(0, 10);
  return respondCsv(csv, `bookings-${ctx.slug}-${date}.csv`);
});
