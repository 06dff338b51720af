import { createHash, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { chatIdOf, type TelegramUpdatePayload } from "./telegram-update-kinds";

// The webhook's work: the secret first (401 before any write), then ONE statement: INSERT ...
// ON CONFLICT DO NOTHING on (botId, updateId) that also wakes the worker (pg_notify on commit,
// only when a row with a chat was inserted). A replayed update_id changes nothing. The worker
// drains waiting rows chat by chat (lib/bots/runtime/drain-telegram-updates.ts); a missed wake-up is
// caught by its poll and by the once-a-minute telegram.sweep. The statement goes through the
// plain pg pool (Prisma's per-query work showed in the profile); secrets are cached briefly so a
// burst of updates costs no extra query.
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

export const UPDATE_CHANNEL = "telegram_update";
// An update without a chat (a channel post, a poll) has nothing to run: recorded as processed.
const RECORD_UPDATE = `
  WITH inserted AS (
    INSERT INTO "TelegramUpdate" ("botId", "updateId", "chatId", "payload", "processedAt")
    VALUES ($1, $2::bigint, $3::bigint, $4::jsonb, CASE WHEN $3::bigint IS NULL THEN now() END)
    ON CONFLICT DO NOTHING
    RETURNING "chatId")
  SELECT CASE WHEN "chatId" IS NOT NULL THEN pg_notify('${UPDATE_CHANNEL}', $1) END FROM inserted`;

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
  const { duplicate } = await recordTelegramUpdate({ botId, update });
  return { status: 200, body: { ok: true, duplicate } };
}

/** Queue one update for the worker (the webhook's and the sandbox simulator's one way in). */
export async function recordTelegramUpdate({ botId, update }: { botId: string; update: TelegramUpdatePayload }): Promise<{ duplicate: boolean }> {
  const chatId = chatIdOf(update);
  const payload = JSON.stringify(update).replaceAll("\\u0000", "");
  const { rowCount } = await pgPool().query(RECORD_UPDATE, [botId, String(update.update_id), chatId === null ? null : String(chatId), payload]);
  return { duplicate: rowCount !== 1 };
}
