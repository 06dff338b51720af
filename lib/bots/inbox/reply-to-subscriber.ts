import { z } from "zod";
import { escapeHtml } from "@/lib/bots/flow-engine/format-telegram-html";
import { queueBotMessages } from "@/lib/bots/runtime/queue-bot-messages";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";

// A human reply from the inbox: recorded as an outgoing message with the sender's user id and
// sent through the bot by the `telegram.send` job (in order with the bot's own replies; a
// failure shows on the message). Plain text: the person's "<" stays a "<". Replying also
// marks the conversation read.
export const replyTextField = z.string().trim().min(1, "Write a message").max(4000, "At most 4,000 characters");

export async function replyToSubscriber({ orgId, botId, subscriberId, userId, text, now = new Date() }: { orgId: string; botId: string; subscriberId: string; userId: string; text: string; now?: Date }) {
  return orgDb(orgId).$transaction(async (tx) => {
    const subscriber = await tx.botSubscriber.findFirst({ where: { id: subscriberId, botId }, select: { id: true, status: true } });
    if (!subscriber) throw new AppError("NOT_FOUND", "Conversation not found.");
    if (subscriber.status === "BLOCKED") throw new AppError("CONFLICT", "This person blocked the bot: Telegram will not deliver messages to them.");
    await queueBotMessages(tx, { orgId, botId, subscriberId, messages: [{ text: escapeHtml(text) }], sentByUserId: userId, now });
    await tx.botSubscriber.update({ where: { id: subscriberId }, data: { unreadCount: 0 }, select: { id: true } });
  });
}

export async function markConversationRead({ orgId, botId, subscriberId }: { orgId: string; botId: string; subscriberId: string }) {
  const { count } = await orgDb(orgId).botSubscriber.updateMany({ where: { id: subscriberId, botId }, data: { unreadCount: 0 } });
  if (count === 0) throw new AppError("NOT_FOUND", "Conversation not found.");
}
