import { randomInt } from "node:crypto";
import { db, type Prisma } from "@/lib/db/client";
import type { BotSubscriberStatus } from "@/lib/db/generated/enums";

// Subscribers straight in the database for audience tests: chat ids unique per call.
let chatSeq = randomInt(1_000_000, 1_000_000_000);

export async function createSubscribers({
  orgId,
  botId,
  count,
  tags = [],
  variables = {},
  status = "ACTIVE",
  customerId = null,
  firstName = "Sub",
}: {
  orgId: string;
  botId: string;
  count: number;
  tags?: string[];
  variables?: Record<string, unknown>;
  status?: BotSubscriberStatus;
  customerId?: string | null;
  firstName?: string;
}) {
  const rows = Array.from({ length: count }, (_, i) => {
    const chatId = BigInt(++chatSeq);
    return { orgId, botId, chatId, telegramUserId: chatId, firstName: `${firstName} ${i + 1}`, username: `u${chatId}`, tags, variables: variables as Prisma.InputJsonValue, status, customerId };
  });
  await db.botSubscriber.createMany({ data: rows });
  return db.botSubscriber.findMany({ where: { botId, chatId: { in: rows.map((r) => r.chatId) } }, orderBy: { chatId: "asc" }, select: { id: true, chatId: true } });
}
