import { NextResponse } from "next/server";
import { z } from "zod";
import { listConversations } from "@/lib/bots";
import { findOrgBot } from "@/lib/bots";
import { getSubscriber, listSubscriberMessages } from "@/lib/bots";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /[org]/bots/[botId]/inbox/feed?c=subscriberId: the conversation list and, with c, that
// conversation's latest messages. The inbox polls it every few seconds.
const query = z.object({ c: z.string().min(1).max(64).optional() });

export const GET = withOrg({ query }, async ({ ctx, params, query: { c } }) => {
  const bot = await findOrgBot({ orgId: ctx.orgId, botId: params.botId });
  // The list and the open conversation load side by side (the inbox polls this every few seconds).
  const [conversations, open] = await Promise.all([listConversations({ orgId: ctx.orgId, botId: bot.id }), c ? loadConversation(ctx.orgId, bot.id, c) : null]);
  return NextResponse.json({ conversations, open }, { headers: { "cache-control": "no-store" } });
});

async function loadConversation(orgId: string, botId: string, subscriberId: string) {
  // getSubscriber proves the subscriber is this bot's (404 otherwise); the messages query runs
  // alongside and is dropped with it.
  const [subscriber, messages] = await Promise.all([getSubscriber({ orgId, botId, subscriberId }), listSubscriberMessages({ orgId, subscriberId, pageSize: 50 })]);
  return {
    subscriber: { id: subscriber.id, firstName: subscriber.firstName, lastName: subscriber.lastName, username: subscriber.username, status: subscriber.status, handedOff: subscriber.handedOff, unreadCount: subscriber.unreadCount },
    messages: messages.items,
    total: messages.total,
  };
}
