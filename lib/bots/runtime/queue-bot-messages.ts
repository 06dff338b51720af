import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/db/client";
import { sendJobInTx } from "@/lib/jobs/boss";
import { telegramSendJob } from "@/lib/bots/jobs";
import type { OutButton } from "../flow-engine/types";
import { CAPTION_LIMIT, splitTelegramText } from "./split-telegram-text";

// Outgoing messages are rows first (BotMessage OUT, PENDING) and a `telegram.send` job for the
// subscriber, both in the caller's transaction: nothing is sent for a rolled-back update, and
// nothing queued is lost. The job sends them in order (lib/bots/runtime/send-bot-messages.ts).
export type OutgoingMessage = { text: string; imageUrl?: string; buttons?: OutButton[][] };
export type TelegramButton = { text: string; url: string } | { text: string; callback_data: string };
export type OutgoingPayload = { imageUrl?: string; buttons?: TelegramButton[][]; callbacks?: Record<string, string> };

/** Callback data is at most 64 bytes: a longer one travels as "h:<hash>" and is looked up in `callbacks`. */
export function toTelegramButtons(buttons: OutButton[][] = []): { buttons: TelegramButton[][]; callbacks: Record<string, string> } {
  const callbacks: Record<string, string> = {};
  const rows = buttons.map((row) =>
    row.map((b): TelegramButton => {
      if ("url" in b) return { text: b.text, url: b.url };
      if (Buffer.byteLength(b.callbackData) <= 64) return { text: b.text, callback_data: b.callbackData };
      const key = `h:${createHash("sha256").update(b.callbackData).digest("base64url").slice(0, 40)}`;
      callbacks[key] = b.callbackData;
      return { text: b.text, callback_data: key };
    }),
  );
  return { buttons: rows, callbacks };
}

/** One message as Telegram parts: a photo (caption if it fits), then text parts; buttons on the last part. */
function toParts(message: OutgoingMessage): { text: string; payload: OutgoingPayload }[] {
  const { buttons, callbacks } = toTelegramButtons(message.buttons);
  const texts = message.imageUrl && message.text.length <= CAPTION_LIMIT ? [message.text] : splitTelegramText(message.text);
  const parts: { text: string; payload: OutgoingPayload }[] = texts.map((text) => ({ text, payload: {} }));
  if (message.imageUrl) {
    if (message.text.length <= CAPTION_LIMIT) parts[0] = { text: message.text, payload: { imageUrl: message.imageUrl } };
    else parts.unshift({ text: "", payload: { imageUrl: message.imageUrl } });
  }
  if (parts.length === 0) return [];
  if (buttons.length) parts[parts.length - 1].payload = { ...parts[parts.length - 1].payload, buttons, ...(Object.keys(callbacks).length ? { callbacks } : {}) };
  return parts;
}

export async function queueBotMessages(
  tx: Prisma.TransactionClient,
  {
    orgId,
    botId,
    subscriberId,
    messages,
    sentByUserId = null,
    broadcastId = null,
    now = new Date(),
  }: { orgId: string; botId: string; subscriberId: string; messages: OutgoingMessage[]; sentByUserId?: string | null; broadcastId?: string | null; now?: Date },
): Promise<number> {
  const parts = messages.flatMap(toParts);
  if (parts.length === 0) return 0;
  // Distinct, increasing timestamps keep the conversation's order when read back.
  await tx.botMessage.createMany({
    data: parts.map((p, i) => ({ orgId, botId, subscriberId, direction: "OUT" as const, status: "PENDING" as const, text: p.text, payload: p.payload as Prisma.InputJsonValue, sentByUserId, broadcastId, createdAt: new Date(now.getTime() + i) })),
  });
  const last = parts[parts.length - 1];
  await tx.botSubscriber.update({ where: { id: subscriberId }, data: { lastMessageAt: new Date(now.getTime() + parts.length - 1), lastMessageText: (last.text || "[photo]").slice(0, 200) } });
  await sendJobInTx(tx, telegramSendJob, { subscriberId }, { singletonKey: subscriberId });
  return parts.length;
}
