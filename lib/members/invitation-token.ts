import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { appBaseUrl } from "@/lib/shared/app-url";

// An invitation link carries a random token; the database keeps only its sha256, so a leaked
// database row cannot be turned back into a working link.
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

export const invitationTokenField = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid");

export function createInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationUrl(token: string, base = appBaseUrl()): string {
  return `${base.replace(/\/+$/, "")}/invite/${token}`;
}

/** Hides invitation tokens in stored emails, for viewers who must not be able to use them. */
export function redactInvitationLinks(text: string): string {
  return text.replace(/\/invite\/[A-Za-z0-9_-]{43}/g, "/invite/[hidden]");
}
