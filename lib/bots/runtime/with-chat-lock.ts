import { db, type Prisma } from "@/lib/db/client";
import { decryptBotToken } from "../admin/encrypt-bot-token";
import { isOffTelegram } from "./off-telegram";
import { callTelegram } from "./telegram-client";

// Everything that changes one chat's conversation (updates, delay and HTTP results, hand-back)
// runs in a transaction holding that chat's advisory lock: two at once run one after the
// other, each on the state the previous one saved. Callback queries are answered after commit.
export type CallbackAnswer = { callbackQueryId: string; text?: string };

export async function withChatLock<T>(botId: string, chatId: number, work: (tx: Prisma.TransactionClient) => Promise<{ result: T; callbackAnswers: CallbackAnswer[] }>): Promise<T> {
  const { result, callbackAnswers } = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`chat:${botId}:${chatId}`}, 0))`;
      return work(tx);
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  if (callbackAnswers.length) await answerCallbacks(botId, callbackAnswers);
  return result;
}

async function answerCallbacks(botId: string, answers: CallbackAnswer[]) {
  const bot = await db.bot.findUnique({ where: { id: botId }, select: { tokenEncrypted: true, status: true } });
  if (!bot?.tokenEncrypted || isOffTelegram(bot.status)) return;
  const token = decryptBotToken(bot.tokenEncrypted);
  // A callback not answered within seconds expires at Telegram anyway: failures are only logged.
  await Promise.all(
    answers.map((a) => callTelegram(token, "answerCallbackQuery", { callback_query_id: a.callbackQueryId, ...(a.text ? { text: a.text } : {}) }, 5000).catch((err) => console.warn("[bots] answerCallbackQuery failed", (err as Error).message))),
  );
}
