import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { botTokenKey, decryptBotToken, encryptBotToken } from "./encrypt-bot-token";

const token = "123456789:AAHfakeTokenForTests_abcdefghijklmnop";

describe("bot token encryption", () => {
  it("round-trips and never stores the token in clear", () => {
    const sealed = encryptBotToken(token);
    expect(sealed).not.toContain(token);
    expect(sealed).not.toContain("123456789");
    expect(decryptBotToken(sealed)).toBe(token);
  });

  it("uses a fresh IV each time", () => {
    expect(encryptBotToken(token)).not.toBe(encryptBotToken(token));
  });

  it("refuses a tampered value and another key", () => {
    const sealed = encryptBotToken(token);
    const parts = sealed.split(".");
    const flipped = Buffer.from(parts[3], "base64url");
    flipped[0] ^= 1;
    expect(() => decryptBotToken([...parts.slice(0, 3), flipped.toString("base64url")].join("."))).toThrow();
    expect(() => decryptBotToken(sealed, randomBytes(32))).toThrow();
    expect(() => decryptBotToken("garbage")).toThrow();
  });

  it("needs a 32-byte key", () => {
    expect(() => botTokenKey("")).toThrow(/BOT_TOKEN_KEY/);
    expect(() => botTokenKey(Buffer.alloc(16).toString("base64"))).toThrow(/BOT_TOKEN_KEY/);
    expect(botTokenKey(randomBytes(32).toString("base64"))).toHaveLength(32);
  });
});
