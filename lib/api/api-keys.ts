import { randomBytes } from "node:crypto";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { API_KEY_PREFIX, hashApiKey } from "./api-key-secret";
import { forgetApiKey } from "./authenticate-api-key";
import { parseOrThrow } from "@/lib/safe-action";
import { apiKeyFieldsSchema, type ApiKeyFields, type ApiScope } from "./scopes";

// API keys. The secret is returned once, at creation; the database keeps its hash and a short
// prefix so a person can tell keys apart.

export async function createApiKey({ orgId, actorUserId, fields: input, now = new Date() }: { orgId: string; actorUserId: string | null; fields: ApiKeyFields; now?: Date }) {
  const fields = parseOrThrow(apiKeyFieldsSchema, input);
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  const expiresAt = fields.expiresInDays === "never" ? null : new Date(now.getTime() + Number(fields.expiresInDays) * 86_400_000);
  const scopes = [...new Set(fields.scopes)].sort();
  return orgDb(orgId).$transaction(async (tx) => {
    const key = await tx.apiKey.create({
      data: { orgId, name: fields.name, prefix: secret.slice(0, API_KEY_PREFIX.length + 6), secretHash: hashApiKey(secret), scopes, createdById: actorUserId, expiresAt },
      select: { id: true, prefix: true, name: true },
    });
    await tx.auditLog.create({ data: { orgId, actorUserId, action: "api_key.created", targetType: "ApiKey", targetId: key.id, data: { name: fields.name, scopes, expiresAt: expiresAt?.toISOString() ?? null } } });
    return { ...key, secret };
  });
}

export type ApiKeyRow = { id: string; name: string; prefix: string; scopes: ApiScope[]; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null; revokedAt: Date | null };

/** The org's keys, newest first (revoked ones too, so the history stays readable). */
export async function listApiKeys({ orgId }: { orgId: string }): Promise<ApiKeyRow[]> {
  const rows = await orgDb(orgId).apiKey.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 200, select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true } });
  return rows.map((r) => ({ ...r, scopes: r.scopes as ApiScope[] }));
}

/** Revokes a key at once (the verification cache holds a key for at most 10 s). Idempotent. */
export async function revokeApiKey({ orgId, actorUserId, keyId, now = new Date() }: { orgId: string; actorUserId: string | null; keyId: string; now?: Date }) {
  const result = await orgDb(orgId).$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: keyId }, select: { id: true, name: true, revokedAt: true } });
    if (!key) throw new AppError("NOT_FOUND", "API key not found.");
    if (key.revokedAt) return { name: key.name, changed: false };
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: now } });
    await tx.auditLog.create({ data: { orgId, actorUserId, action: "api_key.revoked", targetType: "ApiKey", targetId: key.id, data: { name: key.name } } });
    return { name: key.name, changed: true };
  });
  forgetApiKey(keyId); // this process refuses it at once; others within the cache's 10 s
  return result;
}
