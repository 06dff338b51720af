import { randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { createWelcomeFlow } from "./create-welcome-flow";
import { botTokenKey, encryptBotToken } from "./encrypt-bot-token";
import { registerWebhook } from "./manage-bot-webhook";
import { callTelegram, telegramErrorCode, type TelegramUser } from "./telegram-client";

const rejected = () => new AppError("BAD_INPUT", undefined, { token: "This token was rejected by Telegram" });
const elsewhere = () => new AppError("BAD_INPUT", undefined, { token: "This bot is connected to another organization. Disconnect it there first." });

/**
 * Token -> getMe -> webhook with a fresh random secret -> the Bot row with the token encrypted,
 * and a published welcome flow for a new bot. Telegram is called before anything is written, so
 * a refused token or an unreachable Telegram changes nothing. Connecting a bot the org had
 * disconnected brings back its subscribers and flows. Returns no token.
 */
export async function connectBot({ orgId, actorUserId, token }: { orgId: string; actorUserId: string | null; token: string }) {
  const key = botTokenKey();
  let me: TelegramUser;
  try {
    me = await callTelegram<TelegramUser>(token, "getMe", {}, 10_000);
  } catch (err) {
    const code = telegramErrorCode(err);
    if (code === 401 || code === 404) throw rejected();
    throw err;
  }
  const telegramBotId = BigInt(me.id);
  const existing = await db.bot.findUnique({ where: { telegramBotId }, select: { id: true, orgId: true } });
  if (existing && existing.orgId !== orgId) throw elsewhere();
  const botId = existing?.id ?? `bot${randomUUID().replaceAll("-", "")}`;
  const webhookSecret = randomBytes(32).toString("base64url");
  await registerWebhook({ token, botId, secret: webhookSecret });
  const data = { username: me.username ?? "", name: me.first_name, tokenEncrypted: encryptBotToken(token, key), webhookSecret, status: "ACTIVE" as const, webhookSetAt: new Date() };
  try {
    await db.$transaction(async (tx) => {
      if (existing) await tx.bot.update({ where: { id: botId }, data });
      else await tx.bot.create({ data: { id: botId, orgId, telegramBotId, createdById: actorUserId, ...data } });
      if ((await tx.flow.count({ where: { botId } })) === 0) await createWelcomeFlow({ tx, orgId, botId, publishedById: actorUserId });
      await tx.auditLog.create({ data: { orgId, actorUserId, action: existing ? "bot.reconnected" : "bot.connected", targetType: "Bot", targetId: botId, data: { username: data.username } } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw elsewhere();
    throw err;
  }
  return { id: botId, username: data.username, name: data.name };
}
