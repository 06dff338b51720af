import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";

// Bot tokens at rest: AES-256-GCM with BOT_TOKEN_KEY (32 bytes, base64), stored as
// "v1.<iv>.<tag>.<ciphertext>" in base64url. The auth tag makes a tampered value fail to decrypt.
const VERSION = "v1";

export function botTokenKey(source: string | undefined = env().BOT_TOKEN_KEY): Buffer {
  const key = source ? Buffer.from(source, "base64") : Buffer.alloc(0);
  if (key.length !== 32) throw new AppError("NOT_CONFIGURED", "Telegram bots are not configured: BOT_TOKEN_KEY must be 32 random bytes, base64.");
  return key;
}

export function encryptBotToken(token: string, key: Buffer = botTokenKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function decryptBotToken(encrypted: string, key: Buffer = botTokenKey()): string {
  const [version, iv, tag, ciphertext] = encrypted.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error("Not an encrypted bot token");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}
