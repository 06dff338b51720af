import { db } from "@/lib/db/client";
import { pageOf } from "@/lib/shared/pagination";
import { orgDb } from "@/lib/db/org-db";
import { type SubscriberFilters, subscriberWhere } from "./subscriber-filters";

export const SUBSCRIBERS_PAGE_SIZE = 25;

export const subscriberListSelect = {
  id: true,
  firstName: true,
  lastName: true,
  username: true,
  status: true,
  tags: true,
  variables: true,
  lastInteractionAt: true,
  customerId: true,
} as const;

/** One page of a bot's subscribers, most recently active first. */
export async function listSubscribers({ orgId, botId, filters, page = 1, pageSize = SUBSCRIBERS_PAGE_SIZE }: { orgId: string; botId: string; filters: SubscriberFilters; page?: number; pageSize?: number }) {
  const where = subscriberWhere({ orgId, botId, filters });
  const total = await orgDb(orgId).botSubscriber.count({ where });
  const { page: current, pageCount, skip, take } = pageOf(total, page, pageSize);
  const items = await orgDb(orgId).botSubscriber.findMany({ where, orderBy: [{ lastInteractionAt: "desc" }, { id: "desc" }], skip, take, select: subscriberListSelect });
  return { items, total, page: current, pageCount };
}

export async function countSubscribers({ orgId, botId }: { orgId: string; botId: string }) {
  return orgDb(orgId).botSubscriber.count({ where: { botId } });
}

/** Every tag in use on the bot's subscribers (filters, audience pickers). */
export async function listSubscriberTags({ orgId, botId }: { orgId: string; botId: string }): Promise<string[]> {
  const rows = await db.$queryRaw<{ tag: string }[]>`SELECT DISTINCT unnest("tags") AS tag FROM "BotSubscriber" WHERE "orgId" = ${orgId} AND "botId" = ${botId} ORDER BY 1 LIMIT 500`;
  return rows.map((r) => r.tag);
}

/** Every custom field name in use (audience picker). */
export async function listSubscriberFieldNames({ orgId, botId }: { orgId: string; botId: string }): Promise<string[]> {
  const rows = await db.$queryRaw<{ key: string }[]>`
    SELECT DISTINCT jsonb_object_keys("variables") AS key FROM "BotSubscriber" WHERE "orgId" = ${orgId} AND "botId" = ${botId} AND jsonb_typeof("variables") = 'object' ORDER BY 1 LIMIT 200`;
  return rows.map((r) => r.key);
}
