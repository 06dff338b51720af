import { db } from "@/lib/db/client";
import type { OrderKindAdapter } from "@/lib/orders";
import { releaseTicketHold } from "../checkout/release-ticket-hold";
import { voidOrderTickets } from "../orders/void-order-tickets";
import { fulfilTicketPayment } from "./fulfil-ticket-payment";
import { refundUnhonouredTicketOrder } from "./refund-unhonoured-ticket-order";

// A TICKET order's part of the paid-order lifecycle (lib/orders): its hold is the seats (and a
// promo redemption) it took, held exactly while the order's holdExpiresAt is set.
export const ticketOrderKind: OrderKindAdapter = {
  kind: "TICKET",
  onPaid: fulfilTicketPayment,
  // A full refund voids the tickets and returns their seats to sale (or frees a hold still running).
  onRefunded: async ({ tx, order }) => {
    await releaseTicketHold(tx, { orgId: order.orgId, orderId: order.id });
    await voidOrderTickets({ tx, orderId: order.id });
  },
  holdIsDue: async (_tx, order, now) => order.holdExpiresAt !== null && order.holdExpiresAt <= now,
  releaseHold: (tx, order) => releaseTicketHold(tx, { orgId: order.orgId, orderId: order.id, locked: order }),
  overdueHolds: async (now) => ids(await db.order.findMany({ where: { kind: "TICKET", status: "PENDING", holdExpiresAt: { lte: now } }, select: { id: true }, orderBy: { holdExpiresAt: "asc" }, take: 200 })),
  unhonouredPayments: async (paidBefore) => ids(await db.order.findMany({ where: { kind: "TICKET", status: "PAID", amount: { gt: 0 }, paidAt: { lte: paidBefore }, tickets: { none: {} } }, select: { id: true }, take: 50 })),
  refundUnhonoured: refundUnhonouredTicketOrder,
};

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
