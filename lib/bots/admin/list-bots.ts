import { orgDb } from "@/lib/db/org-db";

// The org's bots for the Bots page with their headline numbers. Never selects the token.
export async function listBots({ orgId, now = new Date() }: { orgId: string; now?: Date }) {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const bots = await orgDb(orgId).bot.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, username: true, name: true, status: true, createdAt: true } });
  if (bots.length === 0) return [];
  const ids = bots.map((b) => b.id);
  const [subscribers, active, messages] = await Promise.all([
    orgDb(orgId).botSubscriber.groupBy({ by: ["botId"], where: { botId: { in: ids } }, _count: { _all: true } }),
    orgDb(orgId).botSubscriber.groupBy({ by: ["botId"], where: { botId: { in: ids }, lastInteractionAt: { gte: weekAgo } }, _count: { _all: true } }),
    orgDb(orgId).botMessage.groupBy({ by: ["botId"], where: { botId: { in: ids }, createdAt: { gte: weekAgo } }, _count: { _all: true } }),
  ]);
  const count = (rows: { botId: string; _count: { _all: number } }[], id: string) => rows.find((r) => r.botId === id)?._count._all ?? 0;
  return bots.map((b) => ({ ...b, subscribers: count(subscribers, b.id), active7d: count(active, b.id), messages7d: count(messages, b.id) }));
}

export type BotListItem = Awaited<ReturnType<typeof listBots>>[number];
