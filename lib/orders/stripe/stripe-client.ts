import Stripe from "stripe";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// One Stripe client per process, built from the environment on first use (tests change the env
// between files, so the client is rebuilt when the key or API base changes).
// STRIPE_API_BASE points the SDK at another server (the fake on 127.0.0.1 in tests).
const globalForStripe = globalThis as unknown as { frontdeskStripe?: { signature: string; client: Stripe } };

export function stripeConfig(apiBase: string | undefined): Stripe.StripeConfig {
  const config: Stripe.StripeConfig = { maxNetworkRetries: 2, timeout: 20_000, appInfo: { name: "Frontdesk" } };
  if (apiBase) {
    const base = new URL(apiBase);
    config.protocol = base.protocol === "http:" ? "http" : "https";
    config.host = base.hostname;
    config.port = base.port || (config.protocol === "http" ? 80 : 443);
    config.telemetry = false;
  }
  return config;
}

export function getStripe(): Stripe {
  const { STRIPE_SECRET_KEY: key, STRIPE_API_BASE } = env();
  if (!key) throw new AppError("NOT_CONFIGURED", "Online payments are not configured for this business yet.");
  const signature = `${key}|${STRIPE_API_BASE ?? ""}`;
  if (globalForStripe.frontdeskStripe?.signature !== signature) {
    globalForStripe.frontdeskStripe = { signature, client: new Stripe(key, stripeConfig(STRIPE_API_BASE)) };
  }
  return globalForStripe.frontdeskStripe.client;
}
