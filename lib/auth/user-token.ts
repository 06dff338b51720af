import { createHash, randomBytes } from "node:crypto";
import { db, type Prisma } from "@/lib/db/client";
import type { UserTokenPurpose } from "@/lib/db/generated/enums";
import { appUrl } from "@/lib/shared/app-url";

// Emailed single-use links: the link carries a random token, the database only its sha256.
export const userTokenTtlMs: Record<UserTokenPurpose, number> = { VERIFY_EMAIL: 48 * 3600_000, RESET_PASSWORD: 3600_000 };

const paths: Record<UserTokenPurpose, string> = { VERIFY_EMAIL: "/verify-email/", RESET_PASSWORD: "/reset-password/" };

export const isUserTokenShape = (token: unknown): token is string => typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);

export const hashUserToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function userTokenUrl(purpose: UserTokenPurpose, token: string): string {
  return appUrl(`${paths[purpose]}${token}`);
}

/** A fresh link for `userId`; returns the token (the only time it exists outside the email). */
export async function createUserToken({ userId, purpose, now = new Date(), client = db }: { userId: string; purpose: UserTokenPurpose; now?: Date; client?: Prisma.TransactionClient }) {
  const token = randomBytes(32).toString("base64url");
  await client.userToken.create({ data: { userId, purpose, tokenHash: hashUserToken(token), expiresAt: new Date(now.getTime() + userTokenTtlMs[purpose]) } });
  return token;
}

/** The open (unused, unexpired) token's user, or null. Does not use it up. */
export async function findOpenUserToken({ token, purpose, now = new Date(), client = db }: { token: unknown; purpose: UserTokenPurpose; now?: Date; client?: Prisma.TransactionClient }) {
  if (!isUserTokenShape(token)) return null;
  return client.userToken.findFirst({ where: { tokenHash: hashUserToken(token), purpose, usedAt: null, expiresAt: { gt: now } }, select: { id: true, userId: true } });
}

/**
 * Uses the token up in `tx`: one conditional UPDATE, so of two clicks at once only one wins.
 * Returns the user id, or null for an unknown, used or expired token.
 */
export async function consumeUserToken({ token, purpose, tx, now = new Date() }: { token: unknown; purpose: UserTokenPurpose; tx: Prisma.TransactionClient; now?: Date }) {
  const open = await findOpenUserToken({ token, purpose, now, client: tx });
  if (!open) return null;
  const used = await tx.userToken.updateMany({ where: { id: open.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return used.count === 1 ? open.userId : null;
}

/** Hides verification and reset tokens in stored emails, for anyone but the email's recipient. */
export function redactUserTokenLinks(text: string): string {
  return text.replace(/\/(verify-email|reset-password)\/[A-Za-z0-9_-]{43}/g, "/$1/[hidden]");
}
