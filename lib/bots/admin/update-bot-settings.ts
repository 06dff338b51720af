import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import type { BotCommand } from "./bot-fields";
import { loadBotToken } from "./load-bot-token";
import { isOffTelegram } from "../runtime/off-telegram";
import { callTelegram } from "../runtime/telegram-client";

// Settings that live at Telegram too: sent there first, saved here once Telegram took them.
export async function setBotCommands({ orgId, botId, commands }: { orgId: string; botId: string; commands: BotCommand[] }) {
  const bot = await loadBotToken({ orgId, botId });
  await callTelegram(bot.token, "setMyCommands", { commands });
  await orgDb(orgId).bot.updateMany({ where: { id: botId }, data: { commands } });
}

export async function setBotWelcomeText({ orgId, botId, welcomeText }: { orgId: string; botId: string; welcomeText: string }) {
  const bot = await loadBotToken({ orgId, botId });
  await callTelegram(bot.token, "setMyDescription", { description: welcomeText });
  await orgDb(orgId).bot.updateMany({ where: { id: botId }, data: { welcomeText } });
}

/** Removes the webhook (best effort) and erases the token; subscribers, messages and flows stay. */
export async function disconnectBot({ orgId, botId, actorUserId }: { orgId: string; botId: string; actorUserId: string | null }) {
  const bot = await orgDb(orgId).bot.findFirst({ where: { id: botId }, select: { id: true, status: true, tokenEncrypted: true } });
  if (!bot) throw new AppError("NOT_FOUND", "Bot not found.");
  if (bot.status === "SANDBOX") throw new AppError("CONFLICT", "A sandbox bot is not connected to Telegram: delete it instead.");
  if (bot.tokenEncrypted && !isOffTelegram(bot.status)) {
    const { token } = await loadBotToken({ orgId, botId });
    await callTelegram(token, "deleteWebhook", {}).catch(() => undefined); // a revoked token cannot remove it; Telegram then fails delivery to a 401
  }
  const scoped = orgDb(orgId);
  await scoped.$transaction([
    scoped.bot.update({ where: { id: botId }, data: { status: "DISCONNECTED", tokenEncrypted: null, webhookSetAt: null } }),
    scoped.auditLog.create({ data: { orgId, actorUserId, action: "bot.disconnected", targetType: "Bot", targetId: botId } }),
  ]);
}
