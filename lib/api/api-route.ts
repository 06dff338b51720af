import { NextResponse } from "next/server";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/safe-action";
import { errorResponse } from "@/lib/with-org";
import { authenticateApiKey, requireScope, type ApiCaller } from "./authenticate-api-key";
import { takeApiRequest } from "./rate-limit";
import type { ApiScope } from "./scopes";

// The one wrapper for /api/v1 route handlers: the bearer key (its org is the caller's org), the
// scope, the query string checked against its zod schema (unknown parameters are refused), one
// error shape `{ error: { code, message, fields? } }`, and an audit row per call with the key.
type RouteParams = { params: Promise<Record<string, string>> };

export function apiRoute<Q extends z.ZodObject>(options: { scope: ApiScope; query?: Q }, handler: (args: { req: Request; caller: ApiCaller; query: z.infer<Q>; params: Record<string, string> }) => Promise<unknown>) {
  return async (req: Request, { params }: RouteParams): Promise<Response> => {
    let caller: ApiCaller | null = null;
    let status = 200;
    try {
      caller = await authenticateApiKey(req.headers.get("authorization"));
      const rate = takeApiRequest(caller.keyId, env().API_RATE_LIMIT_PER_MINUTE);
      if (!rate.allowed) {
        status = 429;
        return NextResponse.json({ error: { code: "RATE_LIMITED", message: `This API key made too many requests. Try again in ${rate.retryAfterSeconds} s.` } }, { status, headers: { "retry-after": String(rate.retryAfterSeconds) } });
      }
      requireScope(caller, options.scope);
      const query = parseQuery(options.query, new URL(req.url).searchParams);
      const body = await handler({ req, caller, query, params: await params });
      return NextResponse.json(body);
    } catch (err) {
      const response = errorResponse(err);
      status = response.status;
      return response;
    } finally {
      if (caller) await recordCall(caller, req, status);
    }
  };
}

function parseQuery<Q extends z.ZodObject>(schema: Q | undefined, params: URLSearchParams): z.infer<Q> {
  const raw = Object.fromEntries(params);
  const known = new Set(Object.keys(schema?.shape ?? {}));
  const unknown = Object.keys(raw).filter((k) => !known.has(k));
  if (unknown.length) throw new AppError("BAD_INPUT", `Unknown query parameter${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`, Object.fromEntries(unknown.map((k) => [k, "Unknown parameter"])));
  return (schema ? parseOrThrow(schema, raw) : {}) as z.infer<Q>;
}

// Calls are recorded in batches (one INSERT per 250 ms or 200 calls, not one per request); a
// crash loses at most that quarter second of the log, never a change (writes have their own rows).
type CallRow = { orgId: string; action: string; targetType: string; targetId: string; data: { method: string; path: string; status: number } };
const pendingCalls: CallRow[] = [];
let flushTimer: ReturnType<typeof setTimeout> | null = null;

async function recordCall(caller: ApiCaller, req: Request, status: number) {
  pendingCalls.push({ orgId: caller.orgId, action: "api.request", targetType: "ApiKey", targetId: caller.keyId, data: { method: req.method, path: new URL(req.url).pathname, status } });
  if (pendingCalls.length >= 200) await flushApiCalls();
  else flushTimer ??= setTimeout(() => void flushApiCalls(), 250);
}

/** Writes the recorded calls now (tests and shutdown call it; otherwise it runs on a timer). */
export async function flushApiCalls(): Promise<void> {
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = null;
  const rows = pendingCalls.splice(0);
  if (rows.length) await db.auditLog.createMany({ data: rows }).catch((err) => console.error(`[api] could not record ${rows.length} calls`, err));
}

/** `?limit=` for lists: 1-100, 50 when absent. */
export const limitParam = z.coerce
  .number({ error: "limit must be a whole number from 1 to 100" })
  .int("limit must be a whole number from 1 to 100")
  .min(1, "limit must be a whole number from 1 to 100")
  .max(100, "limit must be a whole number from 1 to 100")
  .default(50);

/** `?updated_since=`: an ISO 8601 instant. */
export const updatedSinceParam = z.iso
  .datetime({ offset: true, error: "updated_since must be an ISO 8601 instant, e.g. 2026-12-01T00:00:00Z" })
  .transform((v) => new Date(v))
  .optional();

// Cursor pagination: the cursor is opaque to callers (the last row's id, base64url).
export const cursorParam = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const id = Buffer.from(value, "base64url").toString("utf8");
    if (!/^[a-z0-9]{10,40}$/i.test(id)) {
      ctx.addIssue({ code: "custom", message: "cursor is not one this API gave out" });
      return z.NEVER;
    }
    return id;
  })
  .optional();

export const encodeCursor = (id: string) => Buffer.from(id, "utf8").toString("base64url");

/** A page of a list: its rows and the cursor of the next page (null on the last). */
export function page<T extends { id: string }>(rows: T[], limit: number) {
  const more = rows.length > limit;
  const data = more ? rows.slice(0, limit) : rows;
  return { data, nextCursor: more ? encodeCursor(data[data.length - 1].id) : null };
}
