import type Stripe from "stripe";
import type { Prisma } from "@/lib/db/client";
import type { OrderKind, OrderStatus } from "@/lib/db/generated/enums";

export type Tx = Prisma.TransactionClient;

/** What a handler gets: the event's transaction (its StripeEvent row commits with the handler's
 * changes or not at all) and a place for work outside the DB (emails, Stripe calls) that must
 * only run once the transaction committed. */
export type WebhookContext = { tx: Tx; event: Stripe.Event; afterCommit: (work: () => Promise<unknown>) => void };

export type LockedOrder = {
  id: string;
  orgId: string;
  kind: OrderKind;
  status: OrderStatus;
  stripePaymentIntentId: string | null;
  stripeCheckoutSessionId: string | null;
  holdExpiresAt: Date | null;
  promoCodeId: string | null;
  eventId: string | null;
};

/** A kind's (BOOKING, TICKET) part of an order's payment lifecycle, called inside the event's transaction. */
export type OrderKindHooks = {
  /** The order just became PAID (it was PENDING, EXPIRED or CANCELED before: previousStatus). */
  onPaid: (args: WebhookContext & { order: LockedOrder; previousStatus: OrderStatus }) => Promise<void>;
  /** Stripe expired the Checkout Session of an order that was still PENDING (now EXPIRED). */
  onCheckoutExpired: (args: WebhookContext & { order: LockedOrder }) => Promise<void>;
  /** The payment was refunded in full (the order is now REFUNDED). */
  onRefunded: (args: WebhookContext & { order: LockedOrder }) => Promise<void>;
};
