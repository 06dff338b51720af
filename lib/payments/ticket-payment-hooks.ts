import { fulfilTicketPayment } from "@/lib/ticketing/fulfil-ticket-payment";
import { releaseTicketHold } from "@/lib/ticketing/release-ticket-hold";
import { voidOrderTickets } from "@/lib/ticketing/orders/void-order-tickets";
import type { OrderKindHooks } from "./webhooks/types";

// What a TICKET order's payment events do to its seats and tickets (inside the webhook's
// transaction, the order row locked; the handlers have already moved the Order's status).
export const ticketPaymentHooks: OrderKindHooks = {
  onPaid: fulfilTicketPayment,
  onCheckoutExpired: async ({ tx, order }) => void (await releaseTicketHold(tx, { orgId: order.orgId, orderId: order.id })),
  // A full refund voids the tickets and returns their seats to sale (or frees a hold still running).
  onRefunded: async ({ tx, order }) => {
    await releaseTicketHold(tx, { orgId: order.orgId, orderId: order.id });
    await voidOrderTickets({ tx, orderId: order.id });
  },
};
