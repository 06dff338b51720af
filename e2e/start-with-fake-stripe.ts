import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startFakeStripe } from "../test/fakes/fake-stripe";
import { startFakeTelegram } from "../test/fakes/fake-telegram";

// The e2e web server: the fake Stripe on an ephemeral 127.0.0.1 port, then `scripts/start.ts`
// with the Stripe keys pointing at it. The fake's hosted checkout page posts signed
// checkout.session.completed events to this app's webhook. Specs find the fake's URL in
// `<FRONTDESK_DATA_DIR>-fake-stripe.json` and read what it saw at <url>/__fake/state.
// The fake Telegram Bot API runs beside it (TELEGRAM_API_ROOT); its URL is in the same file as
// `telegramUrl`, and specs read the calls it received at <telegramUrl>/__fake/calls.
export const E2E_WEBHOOK_SECRET = "whsec_e2e_fake_stripe";

const port = process.env.PORT || "3000";
const fake = await startFakeStripe({ webhookUrl: `http://127.0.0.1:${port}/api/stripe/webhook`, webhookSecret: E2E_WEBHOOK_SECRET });
const telegram = await startFakeTelegram();
const stateFile = `${process.env.FRONTDESK_DATA_DIR || ".data/e2e"}-fake-stripe.json`;
mkdirSync(path.dirname(stateFile), { recursive: true });
writeFileSync(stateFile, JSON.stringify({ url: fake.url, telegramUrl: telegram.url }));

const app = spawn("npx", ["tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: { ...process.env, STRIPE_SECRET_KEY: "sk_test_e2e_fake", STRIPE_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET, STRIPE_API_BASE: fake.url, TELEGRAM_API_ROOT: telegram.url },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => app.kill(signal));
app.on("exit", async (code) => {
  await Promise.all([fake.close(), telegram.close()]);
  process.exit(code ?? 0);
});
