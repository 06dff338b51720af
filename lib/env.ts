import { z } from "zod";

// Validated once per process at start; the keys are exactly those documented in .env.example
// (lib/env.test.ts keeps the two in step). Empty values count as unset.
export const envSchema = z.object({
  // Optional here so that a build (which reads APP_URL) needs no database; databaseUrl() insists.
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL").optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  APP_URL: z.string().url().default("http://localhost:3000"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters").optional(),
  RESEND_API_KEY: z.string().optional(),
  EMAIL_FROM: z.string().default("Frontdesk <hello@frontdesk.local>"),
  RESEND_BASE_URL: z.string().url().optional(),
  WORKER_MODE: z.enum(["inline", "off"]).default("inline"),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_API_BASE: z.string().url().optional(),
  BOT_TOKEN_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/=_-]{43,}$/, "BOT_TOKEN_KEY must be 32 random bytes, base64")
    .optional(),
  TELEGRAM_API_ROOT: z.string().url().default("https://api.telegram.org"),
  HTTP_NODE_ALLOW_PRIVATE: z.enum(["0", "1"]).default("0"),
  FRONTDESK_DATA_DIR: z.string().default(".data"),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  CHECKOUT_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const raw = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration (see .env.example):\n${problems}`);
  }
  return parsed.data;
}

const keys = Object.keys(envSchema.shape) as (keyof Env)[];
const globalForEnv = globalThis as unknown as { frontdeskEnv?: { signature: string; env: Env } };

/**
 * The validated configuration, the one way the app reads its environment. Read on every call
 * (tests and scripts change process.env as they go) and parsed again only when a key changed;
 * an invalid value throws naming the key.
 */
export function env(): Env {
  const signature = keys.map((k) => process.env[k] ?? "").join("\u0000");
  if (globalForEnv.frontdeskEnv?.signature !== signature) globalForEnv.frontdeskEnv = { signature, env: parseEnv(process.env) };
  return globalForEnv.frontdeskEnv.env;
}

/** The database to connect to; `npm start` sets it (embedded PostgreSQL) when .env does not. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start` or set it in .env");
  return url;
}

/** The secret that signs sessions and links; `npm start` generates one into .env.local. */
export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: start the app with `npm start` or set it in .env");
  return secret;
}

/** Next's own build mode (not part of Frontdesk's configuration). */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV === "development";
}

/** The environment for a child process (embedded Postgres), with `extra` on top. */
export function childProcessEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

/** Optional features that are off, each with the notice a user sees. */
export function disabledFeatures(env: Env): string[] {
  const off: string[] = [];
  if (!env.RESEND_API_KEY) off.push("Email sending is off (no RESEND_API_KEY): emails are kept in Settings -> Emails and magic-link sign-in is hidden.");
  if (!env.STRIPE_SECRET_KEY) off.push("Online payments are off (no STRIPE_SECRET_KEY): paid services and tickets say payments are not configured.");
  else if (!env.STRIPE_WEBHOOK_SECRET) off.push("Stripe webhooks are refused (no STRIPE_WEBHOOK_SECRET): paid orders will not be confirmed.");
  if (!env.BOT_TOKEN_KEY) off.push("Telegram bots cannot be connected (no BOT_TOKEN_KEY to encrypt their tokens).");
  return off;
}
