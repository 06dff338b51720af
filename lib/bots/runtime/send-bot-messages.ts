import { db, type Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { decryptBotToken } from "../admin/encrypt-bot-token";
import { isOffTelegram } from "./off-telegram";
import type { OutgoingPayload } from "./queue-bot-messages";
import { callTelegram, retryAfterSeconds, telegramErrorCode, telegramErrorText } from "./telegram-client";

// The `telegram.send` job: a subscriber's PENDING outgoing messages, oldest first, under a lock
// per subscriber so replies never overtake each other. Each message is marked SENT (with its
// Telegram id) right after Telegram accepts it, outside the lock's transaction, so a crash
// later does not send it again. 403: the user blocked the bot -> subscriber BLOCKED, the rest
// FAILED. 429: wait retry_after once, then leave the rest to the job's retry. Network trouble:
// the job retries. A sandbox bot's messages are recorded here instead of sent (the one place
// that decides it): SENT with a message id of their own, so the simulator's buttons find them.
const MAX_INLINE_WAIT_S = 30;

type Pending = { id: string; text: string; payload: unknown };

export async function sendBotMessages({ subscriberId }: { subscriberId: string }): Promise<void> {
  const subscriber = await db.botSubscriber.findUnique({
    where: { id: subscriberId },
    select: { id: true, chatId: true, status: true, bot: { select: { status: true, tokenEncrypted: true } } },
  });
  if (!subscriber) return;
  const token = subscriber.bot.tokenEncrypted && !isOffTelegram(subscriber.bot.status) ? decryptBotToken(subscriber.bot.tokenEncrypted) : null;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`send:${subscriberId}`}, 0))`;
      const pending = await tx.botMessage.findMany({ where: { subscriberId, direction: "OUT", status: "PENDING" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, text: true, payload: true } });
      if (subscriber.bot.status === "SANDBOX") return recordSandboxSends(tx, subscriberId, pending);
      for (const [i, message] of pending.entries()) {
        if (!token) return void (await fail(pending.slice(i), "The bot is not connected to Telegram."));
        if (subscriber.status === "BLOCKED") return void (await fail(pending.slice(i), "The subscriber blocked the bot."));
        const outcome = await sendOne(token, Number(subscriber.chatId), message);
        if (outcome === "blocked") {
          await db.botSubscriber.update({ where: { id: subscriberId }, data: { status: "BLOCKED", blockedAt: new Date() } });
          return void (await fail(pending.slice(i), "The subscriber blocked the bot."));
        }
      }
    },
    { timeout: 5 * 60_000, maxWait: 30_000 },
  );
}

async function recordSandboxSends(tx: Prisma.TransactionClient, subscriberId: string, pending: Pending[]) {
  const last = await tx.botMessage.aggregate({ where: { subscriberId, direction: "OUT" }, _max: { telegramMessageId: true } });
  let messageId = last._max.telegramMessageId ?? 0;
  for (const message of pending) await tx.botMessage.update({ where: { id: message.id }, data: { status: "SENT", telegramMessageId: ++messageId, error: null } });
}

async function fail(messages: Pending[], error: string) {
  await db.botMessage.updateMany({ where: { id: { in: messages.map((m) => m.id) }, status: "PENDING" }, data: { status: "FAILED", error } });
}

async function sendOne(token: string, chatId: number, message: Pending, waited = false): Promise<"sent" | "failed" | "blocked"> {
  const payload = (message.payload ?? {}) as OutgoingPayload;
  const markup = payload.buttons?.length ? { reply_markup: { inline_keyboard: payload.buttons } } : {};
  try {
    const sent = payload.imageUrl
      ? await callTelegram<{ message_id: number }>(token, "sendPhoto", { chat_id: chatId, photo: payload.imageUrl, ...(message.text ? { caption: message.text, parse_mode: "HTML" } : {}), ...markup })
      : await callTelegram<{ message_id: number }>(token, "sendMessage", { chat_id: chatId, text: message.text, parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...markup });
    await db.botMessage.update({ where: { id: message.id }, data: { status: "SENT", telegramMessageId: sent.message_id, error: null } });
    return "sent";
  } catch (err) {
    const wait = retryAfterSeconds(err);
    if (wait !== null && !waited && wait <= MAX_INLINE_WAIT_S) {
      await new Promise((r) => setTimeout(r, wait * 1000));
      return sendOne(token, chatId, message, true);
    }
    if (err instanceof AppError || wait !== null) throw err; // unreachable or still throttled: the job retries the rest
    if (telegramErrorCode(err) === 403) return "blocked";
    await db.botMessage.update({ where: { id: message.id }, data: { status: "FAILED", error: telegramErrorText(err).slice(0, 500) } });
    return "failed";
  }
}
