import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync } from "node:fs";

// .env.local wins over .env; the shell's own environment wins over both (loadEnvFile never overrides).
export function loadEnvFiles() {
  for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);
}

/** Secrets a local run needs, generated once into .env.local so sessions survive restarts. */
export function ensureLocalSecrets() {
  const secrets: Record<string, () => string> = {
    AUTH_SECRET: () => randomBytes(32).toString("base64"),
    BOT_TOKEN_KEY: () => randomBytes(32).toString("base64"),
  };
  for (const [key, make] of Object.entries(secrets)) {
    if (process.env[key]) continue;
    const value = make();
    appendFileSync(".env.local", `${key}=${value}\n`);
    process.env[key] = value;
    console.log(`• generated ${key} into .env.local`);
  }
}
