import type Stripe from "stripe";
import { db } from "@/lib/db/client";
import { handleChargeRefunded } from "./charge-refunded";
import { handleCheckoutSessionCompleted } from "./checkout-session-completed";
import { handleCheckoutSessionExpired } from "./checkout-session-expired";
import type { OrderKinds, WebhookContext } from "../types";

// The event types we act on, one handler file each in ./webhooks; anything else is acknowledged.
const handlers: Partial<Record<Stripe.Event.Type, (ctx: WebhookContext) => Promise<void>>> = {
  "checkout.session.completed": handleCheckoutSessionCompleted,
  "checkout.session.expired": handleCheckoutSessionExpired,
  "charge.refunded": handleChargeRefunded,
};

export const handledStripeEventTypes: ReadonlySet<string> = new Set(Object.keys(handlers));

export type ProcessResult = "processed" | "duplicate" | "ignored";

/**
 * Exactly once: the StripeEvent row is inserted in the same transaction as the handler's
 * changes. A concurrent replay waits on that row's unique key and then sees it (duplicate); a
 * failure rolls both back and throws, so Stripe retries. Work outside the DB runs after commit.
 */
export async function processStripeEvent(event: Stripe.Event, kinds: OrderKinds): Promise<ProcessResult> {
  const handle = handlers[event.type];
  if (!handle) return "ignored";
  const afterCommit: (() => Promise<unknown>)[] = [];
  const result = await db.$transaction(
    async (tx) => {
      const inserted = await tx.$executeRaw`INSERT INTO "StripeEvent" (id, type) VALUES (${event.id}, ${event.type}) ON CONFLICT (id) DO NOTHING`;
      if (inserted === 0) return "duplicate" as const;
      await handle({ tx, event, kinds, afterCommit: (work) => void afterCommit.push(work) });
      return "processed" as const;
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
  // The event is recorded: a failure here must not make Stripe retry a no-op. Each piece of work
  // is idempotent and has its own safety net (the hold sweep refunds unhonoured payments).
  for (const work of afterCommit) {
    try {
      await work();
    } catch (err) {
      console.error(`[stripe] ${event.id}: after-commit work failed`, err);
    }
  }
  return result;
}
