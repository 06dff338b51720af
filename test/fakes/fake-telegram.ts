import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in for the Telegram Bot API on 127.0.0.1: the real telegraf client talks to it through
// TELEGRAM_API_ROOT. Any token "<digits>:<secret>" is a bot unless rejected. It records every
// call, answers 403 for chats that "blocked the bot", 429 with retry_after when told to, and can
// enforce N messages per second per bot like Telegram does. GET /__fake/calls lists the calls
// (e2e specs read it); POST /__fake/reset clears them.
export type FakeTelegramCall = { token: string; method: string; body: Record<string, unknown>; at: number };
type Obj = Record<string, unknown>;

export type FakeTelegram = {
  url: string;
  calls: FakeTelegramCall[];
  /** Calls of one method (optionally of one bot token). */
  callsOf: (method: string, token?: string) => FakeTelegramCall[];
  rejectToken: (token: string) => void;
  /** This chat blocked the bot: sends answer 403. */
  blockChat: (chatId: number) => void;
  /** The next n send calls answer 429 with retry_after. */
  throttleNext: (n: number, retryAfter?: number) => void;
  /** At most n sendMessage/sendPhoto per second per bot; more get 429 retry_after 1. 0 = no limit. */
  setRateLimit: (perSecond: number) => void;
  setPendingUpdates: (token: string, count: number, lastError?: string) => void;
  reset: () => void;
  close: () => Promise<void>;
};

const SEND_METHODS = new Set(["sendMessage", "sendPhoto"]);

export async function startFakeTelegram(): Promise<FakeTelegram> {
  const calls: FakeTelegramCall[] = [];
  const rejected = new Set<string>();
  const blocked = new Set<number>();
  const webhooks = new Map<string, { url: string; secret?: string; pending: number; lastError?: string }>();
  const recentSends = new Map<string, number[]>();
  let throttle = { count: 0, retryAfter: 1 };
  let perSecond = 0;
  let messageSeq = 0;

  function overLimit(token: string): boolean {
    if (!perSecond) return false;
    const now = Date.now();
    const recent = (recentSends.get(token) ?? []).filter((t) => now - t < 1000);
    recentSends.set(token, recent);
    if (recent.length >= perSecond) return true;
    recent.push(now);
    return false;
  }

  function botOf(token: string): Obj {
    const id = Number(token.split(":")[0]);
    return { id, is_bot: true, first_name: `Test Bot ${id}`, username: `test${id}_bot`, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
  }

  function handle(token: string, method: string, body: Obj): { status: number; json: Obj } {
    const ok = (result: unknown) => ({ status: 200, json: { ok: true, result } });
    const fail = (status: number, description: string, parameters?: Obj) => ({ status, json: { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) } });
    if (rejected.has(token) || !/^\d+:[\w-]+$/.test(token)) return fail(401, "Unauthorized");
    if (SEND_METHODS.has(method)) {
      if (throttle.count > 0) {
        throttle.count--;
        return fail(429, `Too Many Requests: retry after ${throttle.retryAfter}`, { retry_after: throttle.retryAfter });
      }
      if (overLimit(token)) return fail(429, "Too Many Requests: retry after 1", { retry_after: 1 });
      if (blocked.has(Number(body.chat_id))) return fail(403, "Forbidden: bot was blocked by the user");
      const text = method === "sendPhoto" ? body.caption : body.text;
      if (typeof text === "string" && text.length > (method === "sendPhoto" ? 1024 : 4096)) return fail(400, "Bad Request: message is too long");
      return ok({ message_id: ++messageSeq, date: Math.floor(Date.now() / 1000), chat: { id: Number(body.chat_id), type: "private" }, text, reply_markup: body.reply_markup });
    }
    switch (method) {
      case "getMe":
        return ok(botOf(token));
      case "setWebhook":
        if (typeof body.url !== "string" || !body.url) return fail(400, "Bad Request: bad webhook: URL is required");
        webhooks.set(token, { url: body.url, secret: body.secret_token as string | undefined, pending: 0 });
        return ok(true);
      case "deleteWebhook":
        webhooks.delete(token);
        return ok(true);
      case "getWebhookInfo": {
        const hook = webhooks.get(token);
        return ok({ url: hook?.url ?? "", has_custom_certificate: false, pending_update_count: hook?.pending ?? 0, ...(hook?.lastError ? { last_error_date: Math.floor(Date.now() / 1000) - 60, last_error_message: hook.lastError } : {}) });
      }
      case "setMyCommands":
      case "setMyDescription":
      case "answerCallbackQuery":
        return ok(true);
      case "editMessageReplyMarkup":
        return ok({ message_id: Number(body.message_id), chat: { id: Number(body.chat_id), type: "private" } });
      default:
        return fail(404, "Not Found: method not found");
    }
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const send = (status: number, json: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(json));
    if (path === "/__fake/calls") return send(200, { calls });
    if (path === "/__fake/reset") return send(200, { ok: reset() === undefined });
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(path);
    if (!match) return send(404, { ok: false, error_code: 404, description: "Not Found" });
    let body: Obj = {};
    try {
      body = raw ? (JSON.parse(raw) as Obj) : Object.fromEntries(new URL(req.url ?? "/", "http://x").searchParams);
    } catch {
      return send(400, { ok: false, error_code: 400, description: "Bad Request: invalid JSON" });
    }
    const [, token, method] = match;
    calls.push({ token, method, body, at: Date.now() });
    const { status, json } = handle(decodeURIComponent(token), method, body);
    send(status, json);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function reset() {
    calls.length = 0;
    rejected.clear();
    blocked.clear();
    throttle = { count: 0, retryAfter: 1 };
    perSecond = 0;
  }

  return {
    url,
    calls,
    callsOf: (method, token) => calls.filter((c) => c.method === method && (!token || c.token === token)),
    rejectToken: (token) => void rejected.add(token),
    blockChat: (chatId) => void blocked.add(chatId),
    throttleNext: (n, retryAfter = 1) => void (throttle = { count: n, retryAfter }),
    setRateLimit: (n) => void (perSecond = n),
    setPendingUpdates: (token, count, lastError) => {
      const hook = webhooks.get(token) ?? { url: "", pending: 0 };
      webhooks.set(token, { ...hook, pending: count, lastError });
    },
    reset,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
