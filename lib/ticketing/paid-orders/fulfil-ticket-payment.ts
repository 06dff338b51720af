import type { OrderStatus } from "@/lib/db/generated/enums";
import type { LockedOrder, WebhookContext } from "@/lib/orders";
import { convertHeldToSold, sellSeats, SoldOutError } from "../checkout/hold-tickets";
import { issueTickets, orderSeats } from "../tickets/issue-tickets";
import { recountPromoCode } from "../checkout/redeem-promo-code";
import { refundUnhonouredTicketOrder } from "./refund-unhonoured-ticket-order";
import { releaseTicketHold } from "../checkout/release-ticket-hold";
import { queueTicketEmailsInTx } from "../tickets/send-ticket-emails";

type Args = WebhookContext & { order: LockedOrder; previousStatus: OrderStatus };

// A TICKET order was just paid (inside the webhook's transaction, the order row locked, so this
// runs once per order whatever the replays). Held seats: sold, tickets issued, their delivery
// queued. Hold already released (a late payment): the seats are taken again if still there,
// with the same conditional UPDATE as checkout; otherwise the payment is refunded after commit.
export async function fulfilTicketPayment({ tx, order, afterCommit }: Args): Promise<void> {
  const event = order.eventId ? await tx.event.findFirst({ where: { id: order.eventId, orgId: order.orgId }, select: { status: true, endsAt: true } }) : null;
  // Canceled, or over by the time a late payment (its hold already released) arrived: nothing to sell.
  const over = !order.holdExpiresAt && !!event && event.endsAt <= new Date();
  if (event?.status === "CANCELED" || over) {
    await releaseTicketHold(tx, { orgId: order.orgId, orderId: order.id, locked: order });
    return afterCommit(() => refundUnhonouredTicketOrder(order.id));
  }
  const seats = await orderSeats(tx, order.id);
  if (order.holdExpiresAt) await convertHeldToSold(tx, order.orgId, seats);
  else if (!(await retakeSeats(tx, order.orgId, seats, order.promoCodeId))) return afterCommit(() => refundUnhonouredTicketOrder(order.id));
  await issueTickets(tx, { orgId: order.orgId, orderId: order.id });
  // Emails and the bot message are a job that looks at the order again when it runs: a refund
  // processed meanwhile leaves nothing to deliver.
  await queueTicketEmailsInTx(tx, { orgId: order.orgId, orderId: order.id });
}

// A savepoint keeps the event's transaction usable when the seats are gone.
// The promo redemption is counted again first (the lock order of checkout: promo, then seats).
async function retakeSeats(tx: Args["tx"], orgId: string, seats: Parameters<typeof sellSeats>[1]["seats"], promoCodeId: string | null): Promise<boolean> {
  await tx.$executeRawUnsafe(`SAVEPOINT retake_seats`);
  try {
    if (promoCodeId) await recountPromoCode(tx, orgId, promoCodeId);
    await sellSeats(tx, { orgId, seats });
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT retake_seats`);
    return true;
  } catch (err) {
    if (!(err instanceof SoldOutError)) throw err;
    await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT retake_seats`);
    return false;
  }
}
