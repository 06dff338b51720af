import type { Prisma } from "@/lib/db/client";
import { findRefSubscriber } from "./link-purchase-to-subscriber";
import { type OutgoingMessage, queueBotMessages } from "./queue-bot-messages";

// Tickets, booking confirmations and reminders in the buyer's Telegram chat, queued in the
// caller's transaction (sent by the telegram.send job). The chat is the subscriber whose link the
// purchase came from (its verified botRef); `customerId` (bookings) also lets a client who talks to
// one of the org's bots hear there about a booking made without the link, e.g. by staff. Nobody
// is written to who blocked the bot, nor through a bot that can no longer send.
const SENDING_BOT = { status: { in: ["ACTIVE", "WEBHOOK_REMOVED"] }, tokenEncrypted: { not: null } } satisfies Prisma.BotWhereInput;

type Chat = { subscriberId: string; botId: string };

export async function findPurchaseChat(tx: Prisma.TransactionClient, { orgId, botRef, customerId = null }: { orgId: string; botRef: string | null; customerId?: string | null }): Promise<Chat | null> {
  const referred = await findRefSubscriber(tx, { orgId, ref: botRef });
  if (referred) {
    const chat = await tx.botSubscriber.findFirst({ where: { id: referred.id, status: { not: "BLOCKED" }, bot: SENDING_BOT }, select: { id: true, botId: true } });
    return chat && { subscriberId: chat.id, botId: chat.botId };
  }
  if (!customerId) return null;
  const chat = await tx.botSubscriber.findFirst({ where: { orgId, customerId, status: "ACTIVE", bot: SENDING_BOT }, orderBy: { lastInteractionAt: "desc" }, select: { id: true, botId: true } });
  return chat && { subscriberId: chat.id, botId: chat.botId };
}

/** Queues `message` for the purchase's chat; false when there is none. */
export async function queuePurchaseMessage(tx: Prisma.TransactionClient, options: { orgId: string; botRef: string | null; customerId?: string | null; message: OutgoingMessage }): Promise<boolean> {
  const chat = await findPurchaseChat(tx, options);
  if (!chat) return false;
  await queueBotMessages(tx, { orgId: options.orgId, botId: chat.botId, subscriberId: chat.subscriberId, messages: [options.message] });
  return true;
}
