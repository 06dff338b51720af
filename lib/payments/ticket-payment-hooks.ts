import type { OrderKindHooks } from "./webhooks/types";

// TICKETING FILLS THIS: what a TICKET order's payment events do to its tickets and holds.
// Until then the Order itself still moves (PAID / EXPIRED / REFUNDED) in the webhook handlers;
// these hooks run in the same transaction and may queue after-commit work (emails) through
// `afterCommit`. Expected: onPaid issues the order's tickets (or refunds when the event is
// canceled or sold out), onCheckoutExpired releases the held seats, onRefunded voids tickets.
export const ticketPaymentHooks: OrderKindHooks = {
  onPaid: async () => {},
  onCheckoutExpired: async () => {},
  onRefunded: async () => {},
};
