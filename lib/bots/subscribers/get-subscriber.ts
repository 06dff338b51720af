import { orgDb } from "@/lib/db/org-db";
import { pageOf } from "@/lib/shared/pagination";
import { AppError } from "@/lib/errors";

// One subscriber of one of the org's bots, with the linked customer; anything else is NOT_FOUND.
export async function getSubscriber({ orgId, botId, subscriberId }: { orgId: string; botId: string; subscriberId: string }) {
  if (typeof subscriberId !== "string" || subscriberId.length === 0 || subscriberId.length > 64) throw new AppError("NOT_FOUND", "Subscriber not found.");
  const subscriber = await orgDb(orgId).botSubscriber.findFirst({
    where: { id: subscriberId, botId },
    select: {
      id: true,
      chatId: true,
      telegramUserId: true,
      firstName: true,
      lastName: true,
      username: true,
      languageCode: true,
      status: true,
      tags: true,
      variables: true,
      handedOff: true,
      unreadCount: true,
      lastInteractionAt: true,
      blockedAt: true,
      createdAt: true,
      customer: { select: { id: true, name: true, email: true, phone: true } },
    },
  });
  if (!subscriber) throw new AppError("NOT_FOUND", "Subscriber not found.");
  return subscriber;
}

/** A page of the conversation, newest first (the page shows them oldest first). */
export async function listSubscriberMessages({ orgId, subscriberId, page = 1, pageSize = 30 }: { orgId: string; subscriberId: string; page?: number; pageSize?: number }) {
  const where = { subscriberId };
  const total = await orgDb(orgId).botMessage.count({ where });
  const { page: current, pageCount, skip, take } = pageOf(total, page, pageSize);
  const rows = await orgDb(orgId).botMessage.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: { id: true, direction: true, status: true, text: true, error: true, createdAt: true, broadcastId: true, sentBy: { select: { name: true, email: true } } },
  });
  return { items: rows.reverse(), total, page: current, pageCount };
}
