import { randomInt } from "node:crypto";
import { signSubscriberRef } from "@/lib/bots/runtime/sign-subscriber-ref";
import { db } from "@/lib/db/client";
import type { BotSubscriberStatus } from "@/lib/db/generated/enums";

// A bot subscriber as the bot leaves one after /start: its Telegram customer (no email yet,
// unless given), plus the signed ref its event and booking links carry.
export async function createSubscriberWithRef({ orgId, botId, status = "ACTIVE", email = null, withCustomer = true }: { orgId: string; botId: string; status?: BotSubscriberStatus; email?: string | null; withCustomer?: boolean }) {
  const chatId = randomInt(100_000, 2 ** 40);
  const customer = withCustomer ? await db.customer.create({ data: { orgId, name: "Tg Person", telegramUserId: BigInt(chatId), email, source: "TELEGRAM" }, select: { id: true } }) : null;
  const subscriber = await db.botSubscriber.create({
    data: { orgId, botId, chatId: BigInt(chatId), telegramUserId: BigInt(chatId), customerId: customer?.id ?? null, firstName: "Tg", status },
    select: { id: true },
  });
  const ref = signSubscriberRef({ subscriberId: subscriber.id, customerId: customer?.id ?? null });
  return { subscriberId: subscriber.id, customerId: customer?.id ?? null, chatId, ref };
}
