import { db } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { queueBotMessages } from "@/lib/bots/runtime/queue-bot-messages";
import { type BroadcastContent, renderBroadcastText } from "./send-broadcast-message";

// "Send test to me": a broadcast that has not gone out yet, to the dashboard user's own chat
// with the bot, filled in with their own variables. The user's chat is the bot subscriber whose
// customer has the user's sign-in email (the welcome flow asks for it; it can also be set on the
// customer). It goes through the bot's ordinary send queue, shows in that chat's inbox as sent
// by the user, and leaves the broadcast, its counts and its recipients untouched.

const testable = ["DRAFT", "SCHEDULED"] as const;

/** The user's own subscriber of this bot (active, most recently seen), or null with why. */
export async function findOwnSubscriber({ orgId, botId, userId }: { orgId: string; botId: string; userId: string }) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  const mine = user
    ? await orgDb(orgId).botSubscriber.findMany({
        where: { botId, customer: { is: { email: { equals: user.email, mode: "insensitive" } } } },
        orderBy: { lastInteractionAt: "desc" },
        take: 5,
        select: { id: true, status: true, firstName: true, lastName: true, username: true, tags: true, variables: true },
      })
    : [];
  const active = mine.find((s) => s.status === "ACTIVE") ?? null;
  return { email: user?.email ?? "", subscriber: active, blocked: !active && mine.length > 0 };
}

/** "Sam Doe (@sam)": whose chat a test goes to. */
export const chatLabel = (s: { firstName: string; lastName: string | null; username: string | null }) => [s.firstName, s.lastName].filter(Boolean).join(" ") + (s.username ? ` (@${s.username})` : "");

/** What the page says when there is no chat to send the test to. */
export function ownChatMissing({ email, botUsername, blocked }: { email: string; botUsername: string; blocked: boolean }): string {
  if (blocked) return `Your Telegram chat with @${botUsername} has blocked the bot. Unblock it in Telegram (open the chat and press Restart), then try again.`;
  return `Test messages go to your own Telegram chat with @${botUsername}, found by your sign-in email ${email}. To link it: open t.me/${botUsername} in Telegram, press Start and give the bot ${email} when it asks for your email (or set that email on your customer record under Customers). Then try again.`;
}

export async function sendTestBroadcast({ orgId, botId, broadcastId, userId, now = new Date() }: { orgId: string; botId: string; broadcastId: string; userId: string; now?: Date }) {
  const broadcast = await orgDb(orgId).broadcast.findFirst({ where: { id: broadcastId, botId }, select: { status: true, text: true, imageUrl: true, buttons: true, bot: { select: { username: true } } } });
  if (!broadcast) throw new AppError("NOT_FOUND", "Broadcast not found.");
  if (!(testable as readonly string[]).includes(broadcast.status)) throw new AppError("CONFLICT", `This broadcast is ${broadcast.status.toLowerCase()}: a test is for one that has not gone out yet.`);
  const own = await findOwnSubscriber({ orgId, botId, userId });
  if (!own.subscriber) throw new AppError("CONFLICT", ownChatMissing({ email: own.email, botUsername: broadcast.bot.username, blocked: own.blocked }));
  const content: BroadcastContent = { text: broadcast.text, imageUrl: broadcast.imageUrl, buttons: (Array.isArray(broadcast.buttons) ? broadcast.buttons : []) as BroadcastContent["buttons"] };
  const text = renderBroadcastText(content, own.subscriber);
  const subscriberId = own.subscriber.id;
  await orgDb(orgId).$transaction((tx) =>
    queueBotMessages(tx, { orgId, botId, subscriberId, messages: [{ text, ...(content.imageUrl ? { imageUrl: content.imageUrl } : {}), buttons: content.buttons.map((b) => [{ text: b.text, url: b.url }]) }], sentByUserId: userId, now }),
  );
  return { to: chatLabel(own.subscriber) };
}
