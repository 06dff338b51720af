import { createHash, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db/client";
import { enqueue, queues } from "@/lib/jobs/boss";
import { chatIdOf, type TelegramUpdatePayload } from "./telegram-update-kinds";

// The webhook's work: the secret first (401 before any write), then one INSERT ... ON CONFLICT
// DO NOTHING on (botId, updateId) and one `telegram.update` job per chat with waiting updates
// (pg-boss keeps at most one waiting per chat). A replayed update_id changes nothing. Two
// autocommit statements rather than a transaction keep the webhook fast; an update recorded
// without its job (a crash in between) is picked up by the once-a-minute telegram.sweep.
// Secrets are cached briefly so a burst of updates costs no extra query.
const SECRET_TTL_MS = 10_000;
const secrets = new Map<string, { digest: Buffer | null; until: number }>();
const digest = (value: string) => createHash("sha256").update(value).digest();

async function secretDigest(botId: string): Promise<Buffer | null> {
  const cached = secrets.get(botId);
  if (cached && cached.until > Date.now()) return cached.digest;
  const bot = botId.length <= 64 ? await db.bot.findUnique({ where: { id: botId }, select: { webhookSecret: true, status: true } }) : null;
  const value = bot && (bot.status === "ACTIVE" || bot.status === "WEBHOOK_REMOVED") ? digest(bot.webhookSecret) : null;
  secrets.set(botId, { digest: value, until: Date.now() + SECRET_TTL_MS });
  return value;
}

/** Forget a bot's cached secret (after a reconnect or a disconnect). */
export function forgetWebhookSecret(botId: string) {
  secrets.delete(botId);
}

type Result = { status: number; body: Record<string, unknown> };

export async function receiveTelegramUpdate({ botId, secretHeader, readBody }: { botId: string; secretHeader: string | null; readBody: () => Promise<string> }): Promise<Result> {
  const expected = await secretDigest(botId);
  if (!expected || !secretHeader || !timingSafeEqual(expected, digest(secretHeader))) return { status: 401, body: { error: "Wrong or missing secret token." } };
  let update: TelegramUpdatePayload;
  try {
    update = JSON.parse(await readBody());
  } catch {
    return { status: 400, body: { error: "The body is not JSON." } };
  }
  if (!update || !Number.isSafeInteger(update.update_id) || update.update_id < 0) return { status: 400, body: { error: "update_id is missing." } };
  const chatId = chatIdOf(update);
  const payload = JSON.stringify(update).replaceAll("\\u0000", "");
  const inserted = await db.$executeRaw`
    INSERT INTO "TelegramUpdate" ("botId", "updateId", "chatId", "payload", "processedAt")
    VALUES (${botId}, ${BigInt(update.update_id)}, ${chatId === null ? null : BigInt(chatId)}, ${payload}::jsonb, ${chatId === null ? new Date() : null})
    ON CONFLICT DO NOTHING`;
  if (inserted === 1 && chatId !== null) await enqueue(queues.telegramUpdate, { botId, chatId }, { singletonKey: `${botId}:${chatId}` });
  return { status: 200, body: { ok: true, duplicate: inserted !== 1 } };
}
