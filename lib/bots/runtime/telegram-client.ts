import { Telegram, TelegramError } from "telegraf";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";

// The Telegram Bot API through telegraf's `Telegram` class. TELEGRAM_API_ROOT points it elsewhere
// (a fake on 127.0.0.1 in tests). Every call has a timeout (telegraf's own is 500 s); network
// failures and Telegram's 5xx become UPSTREAM_UNAVAILABLE, API errors stay TelegramError so
// callers can act on 401 / 403 / 429.
type Methods = Telegram;
type MethodName = { [K in keyof Methods]: Methods[K] extends (...args: never[]) => unknown ? K : never }[keyof Methods];

export function telegramFor(token: string): Telegram {
  return new Telegram(token, { apiRoot: env().TELEGRAM_API_ROOT });
}

export async function callTelegram<T = unknown>(token: string, method: MethodName | string, payload: Record<string, unknown> = {}, timeoutMs = 15_000): Promise<T> {
  try {
    // telegraf types its signal with the abort-controller polyfill; the platform's is the same at runtime.
    return (await telegramFor(token).callApi(method as "getMe", payload as never, { signal: AbortSignal.timeout(timeoutMs) as never })) as T;
  } catch (err) {
    if (err instanceof TelegramError && err.code < 500) throw err;
    throw new AppError("UPSTREAM_UNAVAILABLE", "Telegram could not be reached. Nothing was changed; please try again in a minute.");
  }
}

export function telegramErrorCode(err: unknown): number | null {
  return err instanceof TelegramError ? err.code : null;
}

/** Seconds Telegram asked us to wait (429), or null. */
export function retryAfterSeconds(err: unknown): number | null {
  return err instanceof TelegramError && err.code === 429 ? Number(err.parameters?.retry_after ?? 1) : null;
}

export function telegramErrorText(err: unknown): string {
  if (err instanceof TelegramError) return err.description;
  return err instanceof Error ? err.message : String(err);
}

export type TelegramUser = { id: number; is_bot: boolean; first_name: string; last_name?: string; username?: string; language_code?: string };
export type WebhookInfo = { url: string; pending_update_count: number; last_error_date?: number; last_error_message?: string; max_connections?: number };
