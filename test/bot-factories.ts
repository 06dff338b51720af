import { randomInt } from "node:crypto";
import { createWelcomeFlow } from "@/lib/bots/flows/create-welcome-flow";
import { encryptBotToken } from "@/lib/bots/admin/encrypt-bot-token";
import { db } from "@/lib/db/client";
import { createOrg, uid } from "./factories";
import { startFakeTelegram } from "./fakes/fake-telegram";

// Bot test builders: a connected bot (token encrypted, known webhook secret, welcome flow
// published) and Telegram update payloads for it.
export async function createBot({ orgId }: { orgId: string }) {
  const telegramBotId = randomInt(1_000_000, 2 ** 40);
  const token = `${telegramBotId}:AAH${uid()}${uid()}${uid()}${uid()}`;
  const webhookSecret = `secret-${uid()}${uid()}`;
  const bot = await db.$transaction(async (tx) => {
    const row = await tx.bot.create({
      data: { orgId, telegramBotId: BigInt(telegramBotId), username: `test${telegramBotId}_bot`, name: "Test bot", tokenEncrypted: encryptBotToken(token), webhookSecret, status: "ACTIVE" },
      select: { id: true },
    });
    await createWelcomeFlow({ tx, orgId, botId: row.id, publishedById: null });
    return row;
  });
  return { botId: bot.id, token, webhookSecret, orgId };
}

let updateSeq = randomInt(1, 1_000_000_000);
export const nextUpdateId = () => ++updateSeq;
export const tgUser = (id: number, first = "Ada") => ({ id, is_bot: false, first_name: first, last_name: "Lovelace", username: `user${id}`, language_code: "en" });

export function textUpdate(chatId: number, text: string, updateId = nextUpdateId()) {
  return { update_id: updateId, message: { message_id: updateId, date: 1, from: tgUser(chatId), chat: { id: chatId, type: "private" }, text } };
}

export function callbackUpdate(chatId: number, data: string, messageId: number, updateId = nextUpdateId()) {
  return { update_id: updateId, callback_query: { id: `cq${updateId}`, from: tgUser(chatId), message: { message_id: messageId, date: 1, chat: { id: chatId, type: "private" } }, data, chat_instance: "1" } };
}

export function memberUpdate(chatId: number, status: "kicked" | "member", updateId = nextUpdateId()) {
  return { update_id: updateId, my_chat_member: { chat: { id: chatId, type: "private" }, from: tgUser(chatId), date: 1, old_chat_member: { status: "member" }, new_chat_member: { status } } };
}

export function webhookRequest(botId: string, secret: string | null, body: unknown) {
  return new Request(`http://localhost/api/telegram/${botId}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret === null ? {} : { "x-telegram-bot-api-secret-token": secret }) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** A fake Telegram API (TELEGRAM_API_ROOT points at it), an org and a connected bot, for suites that message chats. */
export async function startTelegramWithBot() {
  const fake = await startFakeTelegram();
  process.env.TELEGRAM_API_ROOT = fake.url;
  const org = await createOrg();
  const bot = await createBot({ orgId: org.orgId });
  return { fake, org, bot };
}
