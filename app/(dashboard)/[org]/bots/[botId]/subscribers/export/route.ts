import { findOrgBot } from "@/lib/bots";
import { exportSubscribersCsv } from "@/lib/bots";
import { subscriberFiltersSchema } from "@/lib/bots";
import { respondCsv } from "@/lib/shared/respond-csv";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /[org]/bots/[botId]/subscribers/export?q=&tag=&status=: the filtered subscribers as CSV
export const GET = withOrg({ query: subscriberFiltersSchema }, async ({ ctx, params, query }) => {
  const bot = await findOrgBot({ orgId: ctx.orgId, botId: params.botId });
  const csv = await exportSubscribersCsv({ orgId: ctx.orgId, botId: bot.id, filters: query });
  return respondCsv(csv, `subscribers-${bot.username}-${new Date().toISOString().slice(0, 10)}.csv`);
});
