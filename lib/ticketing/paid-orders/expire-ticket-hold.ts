import { sendJob } from "@/lib/jobs/boss";
import { ticketHoldJob } from "@/lib/ticketing/jobs";
import { expireOrderHold, releaseAbandonedOrder, runOrderHoldJob, sweepOrderHolds } from "@/lib/orders";
import { verifyOrderLinkToken } from "../public/order-link-token";
import { ticketOrderKind } from "./ticket-order-kind";

// A ticket order holds its seats for 15 minutes while the buyer pays. Then a pg-boss job
// (ticket.expire-hold {orderId}) expires it: seats and promo redemption back to sale, Order
// EXPIRED, its Checkout Session expired at Stripe. A once-a-minute sweep (the same queue, no
// orderId) catches holds whose job was lost and late payments whose refund did not happen.
export async function scheduleTicketHoldExpiry(orderId: string, at: Date): Promise<void> {
  await sendJob(ticketHoldJob, { orderId }, { startAfter: at, singletonKey: `ticket-hold-${orderId}` });
}

export const expireTicketHold = (orderId: string, now?: Date) => expireOrderHold(ticketOrderKind, orderId, now);
export const sweepTicketHolds = (now?: Date) => sweepOrderHolds(ticketOrderKind, now);
export const runTicketHoldJob = (data: { orderId?: string }) => runOrderHoldJob(ticketOrderKind, data);

/** The buyer came back from Checkout without paying (the cancel URL carries "<orderId>.<order token>"). */
export async function releaseAbandonedTicketCheckout(value: string): Promise<boolean> {
  const [orderId, token] = value.split(".");
  if (!orderId || !verifyOrderLinkToken(orderId, token)) return false;
  return releaseAbandonedOrder(ticketOrderKind, orderId);
}
