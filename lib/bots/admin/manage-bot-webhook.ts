import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { loadBotToken } from "./load-bot-token";
import { callTelegram, telegramErrorCode, telegramErrorText, type WebhookInfo } from "../runtime/telegram-client";
import { appUrl } from "@/lib/shared/app-url";

// The bot's webhook at Telegram: POST APP_URL/api/telegram/<botId> with the bot's secret header.
export const ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"];

export function botWebhookUrl(botId: string) {
  return appUrl(`/api/telegram/${botId}`);
}

/** Telegram's setWebhook; a refusal (e.g. not https) becomes a form error, not a 500. */
export async function registerWebhook({ token, botId, secret }: { token: string; botId: string; secret: string }) {
  try {
    await callTelegram(token, "setWebhook", { url: botWebhookUrl(botId), secret_token: secret, allowed_updates: ALLOWED_UPDATES, max_connections: 100 });
  } catch (err) {
    if (telegramErrorCode(err) === null) throw err;
    throw new AppError("CONFLICT", `Telegram refused the webhook address ${botWebhookUrl(botId)}: ${telegramErrorText(err)}. Set APP_URL to the public https address of this app.`);
  }
}

export async function setBotWebhook({ orgId, botId }: { orgId: string; botId: string }) {
  const bot = await loadBotToken({ orgId, botId });
  await registerWebhook({ token: bot.token, botId, secret: bot.webhookSecret });
  await orgDb(orgId).bot.updateMany({ where: { id: botId }, data: { status: "ACTIVE", webhookSetAt: new Date() } });
}

export async function removeBotWebhook({ orgId, botId }: { orgId: string; botId: string }) {
  const bot = await loadBotToken({ orgId, botId });
  await callTelegram(bot.token, "deleteWebhook", { drop_pending_updates: false });
  await orgDb(orgId).bot.updateMany({ where: { id: botId }, data: { status: "WEBHOOK_REMOVED", webhookSetAt: null } });
}

export type WebhookHealth = { url: string; pendingUpdates: number; lastErrorAt: Date | null; lastError: string | null; pointsHere: boolean } | { unavailable: string };

/** getWebhookInfo for the overview; when Telegram cannot answer, says why instead of failing the page. */
export async function getBotWebhookHealth({ orgId, botId }: { orgId: string; botId: string }): Promise<WebhookHealth> {
  try {
    const bot = await loadBotToken({ orgId, botId });
    const info = await callTelegram<WebhookInfo>(bot.token, "getWebhookInfo", {}, 5000);
    return {
      url: info.url,
      pendingUpdates: info.pending_update_count,
      lastErrorAt: info.last_error_date ? new Date(info.last_error_date * 1000) : null,
      lastError: info.last_error_message ?? null,
      pointsHere: info.url === botWebhookUrl(botId),
    };
  } catch (err) {
    if (err instanceof AppError) return { unavailable: err.message };
    return { unavailable: `Telegram answered: ${telegramErrorText(err)}` };
  }
}
