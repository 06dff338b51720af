import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { decryptBotToken } from "./encrypt-bot-token";
import { isOffTelegram, offTelegramMessage } from "../runtime/off-telegram";

/** The bot's clear token, for server-side Telegram calls only; never returned to a page. */
export async function loadBotToken({ orgId, botId }: { orgId?: string; botId: string }) {
  const bot = await db.bot.findFirst({ where: { id: botId, ...(orgId ? { orgId } : {}) }, select: { id: true, orgId: true, status: true, tokenEncrypted: true, webhookSecret: true } });
  if (!bot) throw new AppError("NOT_FOUND", "Bot not found.");
  if (isOffTelegram(bot.status)) throw new AppError("CONFLICT", offTelegramMessage(bot.status));
  if (!bot.tokenEncrypted) throw new AppError("CONFLICT", "This bot is disconnected. Connect it again with its token.");
  return { ...bot, token: decryptBotToken(bot.tokenEncrypted) };
}
