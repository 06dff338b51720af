import type Stripe from "stripe";
import type { Prisma } from "@/lib/db/client";
import type { OrderKind, OrderStatus } from "@/lib/db/generated/enums";

export type Tx = Prisma.TransactionClient;

/** What a handler gets: the event's transaction (its StripeEvent row commits with the handler's
 * changes or not at all) and a place for work outside the DB (emails, Stripe calls) that must
 * only run once the transaction committed. */
export type WebhookContext = { tx: Tx; event: Stripe.Event; kinds: OrderKinds; afterCommit: (work: () => Promise<unknown>) => void };

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

/**
 * A kind's (BOOKING, TICKET) part of the paid-order lifecycle. lib/orders drives the lifecycle
 * (the Order row, its lock, Stripe, the sweep); the kind's area moves its own rows (a booking,
 * seats and tickets). The transactional hooks run inside the caller's transaction with the
 * order's row locked; lib/orders never imports an area, the areas hand their adapter in.
 */
export type OrderKindAdapter = {
  kind: OrderKind;
  /** The order just became PAID (it was PENDING, EXPIRED or CANCELED before: previousStatus). */
  onPaid: (args: WebhookContext & { order: LockedOrder; previousStatus: OrderStatus }) => Promise<void>;
  /** The payment was refunded in full (the order is now REFUNDED). */
  onRefunded: (args: WebhookContext & { order: LockedOrder }) => Promise<void>;
  /** Whether a PENDING order's hold ran out by `now`. */
  holdIsDue: (tx: Tx, order: LockedOrder, now: Date) => Promise<boolean>;
  /**
   * Gives back what the order holds (a booking's time; seats and a promo redemption) because it
   * expired (EXPIRED) or the buyer left checkout (CANCELED). Returns whether anything was held.
   * lib/orders moves the Order's own status.
   */
  releaseHold: (tx: Tx, order: LockedOrder, outcome: "EXPIRED" | "CANCELED") => Promise<boolean>;
  /** For the sweep: ids of orders whose hold is overdue at `now`. */
  overdueHolds: (now: Date) => Promise<string[]>;
  /** For the sweep: ids of orders paid before `paidBefore` that the kind did not honour. */
  unhonouredPayments: (paidBefore: Date) => Promise<string[]>;
  /** Refunds a paid order the kind could not honour and tells the buyer; false when there was nothing to do. */
  refundUnhonoured: (orderId: string) => Promise<boolean>;
};

export type OrderKinds = Record<OrderKind, OrderKindAdapter>;
