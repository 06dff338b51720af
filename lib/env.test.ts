import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { disabledFeatures, envSchema, parseEnv } from "./env";

const base = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db", AUTH_SECRET: "0123456789abcdef0123" };

describe("configuration", () => {
  it("documents exactly the keys it validates in .env.example", () => {
    const documented = readFileSync(".env.example", "utf8")
      .split("\n")
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => l.split("=")[0])
      .sort();
    expect(documented).toEqual(Object.keys(envSchema.shape).sort());
  });

  it("fills defaults and treats empty values as unset", () => {
    const env = parseEnv({ ...base, RESEND_API_KEY: "", PORT: "" });
    expect(env.PORT).toBe(3000);
    expect(env.RESEND_API_KEY).toBeUndefined();
    expect(disabledFeatures(env)).toHaveLength(3);
  });

  it("turns payments off without STRIPE_SECRET_KEY and warns when the webhook secret is missing", () => {
    expect(disabledFeatures(parseEnv(base)).some((n) => n.startsWith("Online payments are off (no STRIPE_SECRET_KEY)"))).toBe(true);
    const keyOnly = disabledFeatures(parseEnv({ ...base, STRIPE_SECRET_KEY: "sk_test_x" }));
    expect(keyOnly.some((n) => n.includes("STRIPE_WEBHOOK_SECRET"))).toBe(true);
    expect(keyOnly.some((n) => n.startsWith("Online payments are off"))).toBe(false);
    expect(disabledFeatures(parseEnv({ ...base, STRIPE_SECRET_KEY: "sk_test_x", STRIPE_WEBHOOK_SECRET: "whsec_x" })).some((n) => /stripe/i.test(n))).toBe(false);
    expect(() => parseEnv({ ...base, STRIPE_API_BASE: "not a url" })).toThrow(/STRIPE_API_BASE/);
  });

  it("refuses a bad value with a message naming the key", () => {
    expect(() => parseEnv({ ...base, DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ ...base, AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
    expect(() => parseEnv({ ...base, WORKER_MODE: "sometimes" })).toThrow(/WORKER_MODE/);
  });
});
