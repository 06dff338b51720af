import { NextResponse } from "next/server";
import { z } from "zod";
import { listConversations } from "@/lib/bots/inbox/list-conversations";
import { findOrgBot } from "@/lib/bots/find-org-bot";
import { getSubscriber, listSubscriberMessages } from "@/lib/bots/subscribers/get-subscriber";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /[org]/bots/[botId]/inbox/feed?c=subscriberId: the conversation list and, with c, that
// conversation's latest messages. The inbox polls it every few seconds.
const query = z.object({ c: z.string().min(1).max(64).optional() });

export const GET = withOrg({ query }, async ({ ctx, params, query: { c } }) => {
  const bot = await findOrgBot({ orgId: ctx.orgId, botId: params.botId });
  const conversations = await listConversations({ orgId: ctx.orgId, botId: bot.id });
  let open = null;
  if (c) {
    const subscriber = await getSubscriber({ orgId: ctx.orgId, botId: bot.id, subscriberId: c });
    const messages = await listSubscriberMessages({ orgId: ctx.orgId, subscriberId: subscriber.id, pageSize: 50 });
    open = { subscriber: { id: subscriber.id, firstName: subscriber.firstName, lastName: subscriber.lastName, username: subscriber.username, status: subscriber.status, handedOff: subscriber.handedOff, unreadCount: subscriber.unreadCount }, messages: messages.items, total: messages.total };
  }
  return NextResponse.json({ conversations, open }, { headers: { "cache-control": "no-store" } });
});
