import { orgDb } from "@/lib/db/org-db";

// The inbox's left column: conversations handed off to a human first, then by last message.
const CONVERSATIONS_LIMIT = 50;

export async function listConversations({ orgId, botId, limit = CONVERSATIONS_LIMIT }: { orgId: string; botId: string; limit?: number }) {
  const items = await orgDb(orgId).botSubscriber.findMany({
    where: { botId, lastMessageAt: { not: null } },
    orderBy: [{ handedOff: "desc" }, { lastMessageAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, firstName: true, lastName: true, username: true, status: true, handedOff: true, unreadCount: true, lastMessageAt: true, lastMessageText: true },
  });
  return { items };
}
