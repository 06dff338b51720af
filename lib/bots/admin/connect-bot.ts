import { randomBytes, randomUUID } from "node:crypto";
import { db, type Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { createWelcomeFlow } from "../flows/create-welcome-flow";
import { botTokenKey, encryptBotToken } from "./encrypt-bot-token";
import { registerWebhook } from "./manage-bot-webhook";
import { findSandboxBot } from "../sandbox/find-sandbox-bot";
import { callTelegram, telegramErrorCode, type TelegramUser } from "../runtime/telegram-client";

const rejected = () => new AppError("BAD_INPUT", undefined, { token: "This token was rejected by Telegram" });
const elsewhere = () => new AppError("BAD_INPUT", undefined, { token: "This bot is connected to another organization. Disconnect it there first." });

/**
 * Token -> getMe -> webhook with a fresh random secret -> the Bot row with the token encrypted,
 * and a published welcome flow for a new bot. Telegram is called before anything is written, so
 * a refused token or an unreachable Telegram changes nothing. Connecting a bot the org had
 * disconnected brings back its subscribers and flows. With `sandboxBotId` the org's sandbox bot
 * becomes this real bot: its flows stay, its simulated conversation is removed. Returns no token.
 */
export async function connectBot({ orgId, actorUserId, token, sandboxBotId }: { orgId: string; actorUserId: string | null; token: string; sandboxBotId?: string }) {
  const key = botTokenKey();
  const sandbox = sandboxBotId ? await findSandboxBot({ orgId, botId: sandboxBotId }) : null;
  let me: TelegramUser;
  try {
    me = await callTelegram<TelegramUser>(token, "getMe", {}, 10_000);
  } catch (err) {
    const code = telegramErrorCode(err);
    if (code === 401 || code === 404) throw rejected();
    throw err;
  }
  const telegramBotId = BigInt(me.id);
  const existing = await db.bot.findUnique({ where: { telegramBotId }, select: { id: true, orgId: true, username: true } });
  if (existing && existing.orgId !== orgId) throw elsewhere();
  if (existing && sandbox) throw new AppError("BAD_INPUT", undefined, { token: `@${existing.username} is already one of your bots: connect it again from the Bots page (the sandbox stays beside it), or use a different bot.` });
  const botId = sandbox?.id ?? existing?.id ?? `bot${randomUUID().replaceAll("-", "")}`;
  const webhookSecret = randomBytes(32).toString("base64url");
  await registerWebhook({ token, botId, secret: webhookSecret });
  const data = { username: me.username ?? "", name: me.first_name, tokenEncrypted: encryptBotToken(token, key), webhookSecret, status: "ACTIVE" as const, webhookSetAt: new Date() };
  try {
    await orgDb(orgId).$transaction(async (tx) => {
      if (sandbox) await convertSandbox(tx, { botId, telegramBotId, data });
      else if (existing) await tx.bot.update({ where: { id: botId }, data });
      else await tx.bot.create({ data: { id: botId, orgId, telegramBotId, createdById: actorUserId, ...data } });
      if ((await tx.flow.count({ where: { botId } })) === 0) await createWelcomeFlow({ tx, orgId, botId, publishedById: actorUserId });
      await tx.auditLog.create({ data: { orgId, actorUserId, action: sandbox ? "bot.sandbox_converted" : existing ? "bot.reconnected" : "bot.connected", targetType: "Bot", targetId: botId, data: { username: data.username } } });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw elsewhere();
    throw err;
  }
  return { id: botId, username: data.username, name: data.name };
}

/** The sandbox row becomes the real bot (flows and drips kept); the simulated user, its messages and its queue rows go. */
async function convertSandbox(tx: Prisma.TransactionClient, { botId, telegramBotId, data }: { botId: string; telegramBotId: bigint; data: Prisma.BotUpdateManyMutationInput }) {
  const converted = await tx.bot.updateMany({ where: { id: botId, status: "SANDBOX" }, data: { ...data, telegramBotId } });
  if (converted.count !== 1) throw new AppError("NOT_FOUND", "Sandbox bot not found.");
  await tx.botSubscriber.deleteMany({ where: { botId } });
  await tx.telegramUpdate.deleteMany({ where: { botId } });
}
