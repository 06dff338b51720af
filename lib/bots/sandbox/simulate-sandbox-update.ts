import { randomInt } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { processTelegramUpdates } from "../runtime/process-telegram-update";
import type { OutgoingPayload } from "../runtime/queue-bot-messages";
import { recordTelegramUpdate } from "../runtime/receive-telegram-update";
import { sendBotMessages } from "../runtime/send-bot-messages";
import type { TelegramUpdatePayload } from "../runtime/telegram-update-kinds";
import { findSandboxBot, SANDBOX_CHAT, SANDBOX_USER } from "./find-sandbox-bot";

// The simulator's "Telegram": what the tester types or presses becomes a Telegram update of the
// simulated user, recorded in the TelegramUpdate queue like the webhook's, then run through the
// same worker steps (processTelegramUpdates, then the telegram.send job's sendBotMessages, which
// records a sandbox bot's replies instead of sending them). They run here at once so the reply
// is in the log when the action returns; the worker would find nothing left to do.
type Input = { orgId: string; botId: string } & ({ text: string } | { messageId: string; data: string });

export async function simulateSandboxUpdate(input: Input): Promise<void> {
  const bot = await findSandboxBot(input);
  const build = "text" in input ? () => textUpdate(input.text) : await buttonUpdate(bot.id, input.messageId, input.data);
  // Update ids only need to be unique per bot and increasing: microseconds, with a retry on the rare clash.
  for (let attempt = 0; ; attempt++) {
    const { duplicate } = await recordTelegramUpdate({ botId: bot.id, update: { update_id: Date.now() * 1000 + randomInt(1000), ...build() } });
    if (!duplicate) break;
    if (attempt === 3) throw new AppError("CONFLICT", "The simulator is busy. Please try again.");
  }
  await processTelegramUpdates({ botId: bot.id, chatId: SANDBOX_CHAT.id });
  const subscriber = await db.botSubscriber.findUnique({ where: { botId_chatId: { botId: bot.id, chatId: BigInt(SANDBOX_CHAT.id) } }, select: { id: true } });
  if (subscriber) await sendBotMessages({ subscriberId: subscriber.id });
}

function textUpdate(text: string): Omit<TelegramUpdatePayload, "update_id"> {
  return { message: { message_id: Math.floor(Date.now() / 1000) % 2 ** 31, from: SANDBOX_USER, chat: SANDBOX_CHAT, text } };
}

/** A press of one of the bot's own buttons, on a message of the simulated chat; anything else is refused. */
async function buttonUpdate(botId: string, messageId: string, data: string) {
  const message = await db.botMessage.findFirst({
    where: { id: messageId.slice(0, 64), botId, direction: "OUT", subscriber: { botId, chatId: BigInt(SANDBOX_CHAT.id) } },
    select: { telegramMessageId: true, payload: true },
  });
  const buttons = ((message?.payload ?? {}) as OutgoingPayload).buttons?.flat() ?? [];
  if (!message?.telegramMessageId || !buttons.some((b) => "callback_data" in b && b.callback_data === data)) throw new AppError("BAD_INPUT", "That button is not on this message.");
  const telegramMessageId = message.telegramMessageId;
  return (): Omit<TelegramUpdatePayload, "update_id"> => ({
    callback_query: { id: `sandbox-${Date.now()}-${randomInt(1e6)}`, from: SANDBOX_USER, message: { message_id: telegramMessageId, chat: SANDBOX_CHAT }, data },
  });
}
