import { toCsvLine } from "@/lib/shared/csv-cells";
import { orgDb } from "@/lib/db/org-db";
import { type SubscriberFilters, subscriberWhere } from "./subscriber-filters";

// The filtered subscriber list as CSV (spreadsheet formulas neutralised), read in pages of 1,000.
const PAGE = 1000;

export async function exportSubscribersCsv({ orgId, botId, filters }: { orgId: string; botId: string; filters: SubscriberFilters }): Promise<string> {
  const where = subscriberWhere({ orgId, botId, filters });
  let csv = toCsvLine(["first_name", "last_name", "username", "telegram_user_id", "status", "tags", "variables", "customer_id", "last_interaction_at", "subscribed_at"]);
  let cursor: string | undefined;
  for (;;) {
    const rows = await orgDb(orgId).botSubscriber.findMany({
      where: { ...where, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, firstName: true, lastName: true, username: true, telegramUserId: true, status: true, tags: true, variables: true, customerId: true, lastInteractionAt: true, createdAt: true },
    });
    for (const s of rows) {
      csv += toCsvLine([s.firstName, s.lastName, s.username, s.telegramUserId, s.status, s.tags.join(" "), JSON.stringify(s.variables ?? {}), s.customerId, s.lastInteractionAt.toISOString(), s.createdAt.toISOString()]);
    }
    if (rows.length < PAGE) return csv;
    cursor = rows[rows.length - 1].id;
  }
}
