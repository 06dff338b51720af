import { db } from "@/lib/db/client";

// The inbox's left column: conversations handed off to a human first, then by last message.
export const CONVERSATIONS_LIMIT = 50;

export async function listConversations({ orgId, botId, limit = CONVERSATIONS_LIMIT }: { orgId: string; botId: string; limit?: number }) {
  const where = { orgId, botId, lastMessageAt: { not: null } };
  const [rows, total, unread] = await Promise.all([
    db.botSubscriber.findMany({
      where,
      orderBy: [{ handedOff: "desc" }, { lastMessageAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, firstName: true, lastName: true, username: true, status: true, handedOff: true, unreadCount: true, lastMessageAt: true, lastMessageText: true },
    }),
    db.botSubscriber.count({ where }),
    db.botSubscriber.aggregate({ where: { orgId, botId }, _sum: { unreadCount: true } }),
  ]);
  return { items: rows, total, unread: unread._sum.unreadCount ?? 0 };
}
