import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { API_KEY_PREFIX, hashApiKey } from "./api-key-secret";
import type { ApiScope } from "./scopes";

// Bearer-key verification for /api/v1. The key row is looked up by the secret's hash (an index
// hit) and kept for at most CACHE_MS, so a revoked or expired key stops working within 10 s; the
// org is read from the key, never from the request.
export type ApiCaller = { keyId: string; orgId: string; scopes: ReadonlySet<string> };

const CACHE_MS = 10_000;
const cache = new Map<string, { at: number; key: { id: string; orgId: string; scopes: string[]; expiresAt: Date | null; revokedAt: Date | null } | null }>();
const lastUsedWritten = new Map<string, number>();

export async function authenticateApiKey(authorization: string | null, now = Date.now()): Promise<ApiCaller> {
  const secret = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (!secret || !secret.startsWith(API_KEY_PREFIX) || secret.length > 200) throw new AppError("UNAUTHENTICATED", "Send your API key as `Authorization: Bearer fd_live_...`.");
  const hash = hashApiKey(secret);
  let entry = cache.get(hash);
  if (!entry || now - entry.at > CACHE_MS) {
    const key = await db.apiKey.findUnique({ where: { secretHash: hash }, select: { id: true, orgId: true, scopes: true, expiresAt: true, revokedAt: true } });
    entry = { at: now, key };
    if (cache.size > 10_000) cache.clear();
    cache.set(hash, entry);
  }
  const key = entry.key;
  if (!key || key.revokedAt) throw new AppError("UNAUTHENTICATED", "This API key is not valid (revoked or unknown).");
  if (key.expiresAt && key.expiresAt.getTime() <= now) throw new AppError("UNAUTHENTICATED", "This API key has expired.");
  // Last use, written at most once a minute per key (not a write per request).
  if ((lastUsedWritten.get(key.id) ?? 0) < now - 60_000) {
    lastUsedWritten.set(key.id, now);
    void db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: new Date(now) } }).catch(() => lastUsedWritten.delete(key.id));
  }
  return { keyId: key.id, orgId: key.orgId, scopes: new Set(key.scopes) };
}

export function requireScope(caller: ApiCaller, scope: ApiScope): void {
  if (!caller.scopes.has(scope)) throw new AppError("FORBIDDEN", `This API key lacks the "${scope}" permission.`);
}

/** Drops a key from this process's cache (after a revoke). */
export function forgetApiKey(keyId: string): void {
  for (const [hash, entry] of cache) if (entry.key?.id === keyId) cache.delete(hash);
}
