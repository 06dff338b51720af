import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/client";

// Every Telegram user who writes becomes a subscriber of the bot, linked to the org's Customer
// with that telegramUserId (created, source TELEGRAM, when there is none). Runs under the chat's
// lock; the customer upsert is one INSERT ... ON CONFLICT because two bots of one org may see the
// same person at once. A sandbox bot's simulated users get no Customer (linkCustomer false): they
// are the team trying the bot, not customers, and stay out of customer records and analytics.
type TgUser = { id: number; first_name?: string; last_name?: string; username?: string; language_code?: string };

export const subscriberSelect = {
  id: true,
  orgId: true,
  botId: true,
  chatId: true,
  customerId: true,
  firstName: true,
  lastName: true,
  username: true,
  status: true,
  tags: true,
  variables: true,
  conversationState: true,
  handedOff: true,
  customer: { select: { name: true, email: true, phone: true, attributes: true } },
} as const;

export type SubscriberRow = Prisma.BotSubscriberGetPayload<{ select: typeof subscriberSelect }>;

export function telegramDisplayName(user: TgUser): string {
  return [user.first_name, user.last_name].filter(Boolean).join(" ").trim() || (user.username ? `@${user.username}` : `Telegram user ${user.id}`);
}

async function findOrCreateTelegramCustomer(tx: Prisma.TransactionClient, orgId: string, user: TgUser): Promise<string> {
  const id = `ct${randomUUID().replaceAll("-", "")}`;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Customer" ("id", "orgId", "name", "telegramUserId", "source", "updatedAt")
    VALUES (${id}, ${orgId}, ${telegramDisplayName(user)}, ${BigInt(user.id)}, 'TELEGRAM'::"CustomerSource", now())
    ON CONFLICT ("orgId", "telegramUserId") DO UPDATE SET "updatedAt" = "Customer"."updatedAt"
    RETURNING "id"`;
  return rows[0].id;
}

/** What the update changes on the row besides the profile, written in the same statement. */
export type SubscriberChanges = { status?: "ACTIVE" | "BLOCKED"; blockedAt?: Date | null; lastMessage?: { at: Date; text: string } };

export async function upsertBotSubscriber(
  tx: Prisma.TransactionClient,
  { orgId, botId, chatId, from, now, changes = {}, linkCustomer = true }: { orgId: string; botId: string; chatId: number; from: TgUser; now: Date; changes?: SubscriberChanges; linkCustomer?: boolean },
): Promise<SubscriberRow> {
  const profile = { firstName: from.first_name ?? "", lastName: from.last_name ?? null, username: from.username ?? null, languageCode: from.language_code ?? null };
  const { lastMessage, ...status } = changes;
  const message = lastMessage ? { lastMessageAt: lastMessage.at, lastMessageText: lastMessage.text.slice(0, 200) } : {};
  const existing = await tx.botSubscriber.findUnique({ where: { botId_chatId: { botId, chatId: BigInt(chatId) } }, select: { id: true, customerId: true } });
  const customerId = existing?.customerId ?? (linkCustomer ? await findOrCreateTelegramCustomer(tx, orgId, from) : null);
  if (existing) {
    const data = { ...profile, ...status, ...message, ...(lastMessage ? { unreadCount: { increment: 1 } } : {}), customerId, lastInteractionAt: now };
    return tx.botSubscriber.update({ where: { id: existing.id }, data, select: subscriberSelect });
  }
  const data = { orgId, botId, chatId: BigInt(chatId), telegramUserId: BigInt(from.id), customerId, ...profile, ...status, ...message, unreadCount: lastMessage ? 1 : 0, lastInteractionAt: now };
  return tx.botSubscriber.create({ data, select: subscriberSelect });
}
