import { db } from "@/lib/db/client";
import type { OrderKindAdapter, Tx } from "@/lib/orders";
import { bookingAuditRow } from "../lifecycle/booking-audit";
import { sendBookingEmail } from "../notify/send-booking-confirmation";
import { fulfilBookingPayment } from "./fulfil-booking-payment";
import { refundUnhonouredPayment } from "./refund-unhonoured-payment";

// A BOOKING order's part of the paid-order lifecycle (lib/orders): its hold is the booking's
// time, held while the booking is PENDING_PAYMENT and until its holdExpiresAt (10 minutes).
// EXPIRED and CANCELED are outside the exclusion constraint, so releasing frees the slot.
export const bookingOrderKind: OrderKindAdapter = {
  kind: "BOOKING",
  onPaid: fulfilBookingPayment,
  // A full refund (from the Stripe dashboard: ours mark the order REFUNDED first) cancels a
  // booking that still holds its time (and tells the client); finished ones keep their status.
  // Either way it is history.
  onRefunded: async ({ tx, order, afterCommit }) => {
    const booking = await tx.booking.findFirst({ where: { orderId: order.id, orgId: order.orgId }, select: { id: true, status: true } });
    if (!booking) return;
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, status: { in: ["PENDING_PAYMENT", "PENDING_CONFIRMATION", "CONFIRMED"] } },
      data: { status: "CANCELED", canceledAt: new Date(), canceledBy: "system", cancelReason: "Payment refunded", holdExpiresAt: null },
    });
    const row =
      count > 0
        ? bookingAuditRow({ orgId: order.orgId, by: "system", action: "booking.canceled", bookingId: booking.id, data: { from: booking.status, to: "CANCELED", reason: "Payment refunded", refunded: true } })
        : bookingAuditRow({ orgId: order.orgId, by: "system", action: "booking.refunded", bookingId: booking.id });
    await tx.auditLog.create({ data: row });
    if (count > 0) afterCommit(() => sendBookingEmail("canceled", booking.id));
  },
  holdIsDue: async (tx, order, now) => {
    const booking = await tx.booking.findFirst({ where: { orderId: order.id, orgId: order.orgId }, select: { status: true, holdExpiresAt: true } });
    return booking?.status === "PENDING_PAYMENT" && booking.holdExpiresAt !== null && booking.holdExpiresAt <= now;
  },
  releaseHold: (tx, order, outcome) => releaseHeldBooking(tx, order.id, outcome),
  overdueHolds: async (now) => orderIds(await db.booking.findMany({ where: { status: "PENDING_PAYMENT", holdExpiresAt: { lte: now } }, select: { orderId: true }, orderBy: { holdExpiresAt: "asc" }, take: 200 })),
  // An EXPIRED booking with a PAID order is exactly a late payment whose refund did not happen.
  unhonouredPayments: async (paidBefore) => orderIds(await db.booking.findMany({ where: { status: "EXPIRED", order: { status: "PAID", paidAt: { lte: paidBefore } } }, select: { orderId: true }, take: 50 })),
  refundUnhonoured: async (orderId) => {
    const booking = await db.booking.findFirst({ where: { orderId }, select: { id: true } });
    return booking ? refundUnhonouredPayment(booking.id) : false;
  },
};

const orderIds = (rows: { orderId: string | null }[]) => rows.flatMap((r) => (r.orderId ? [r.orderId] : []));

/**
 * Inside a transaction that holds the order's lock: a still-held booking gives its time back,
 * EXPIRED (not paid in time) or CANCELED (the client left checkout), and says so in its history.
 */
export async function releaseHeldBooking(tx: Tx, orderId: string, outcome: "EXPIRED" | "CANCELED"): Promise<boolean> {
  const held = await tx.booking.findFirst({ where: { orderId, status: "PENDING_PAYMENT" }, select: { id: true, orgId: true } });
  if (!held) return false;
  const reason = outcome === "EXPIRED" ? "Not paid in time" : "Checkout abandoned";
  const data = outcome === "EXPIRED" ? { status: outcome } : { status: outcome, canceledAt: new Date(), canceledBy: "system", cancelReason: reason, holdExpiresAt: null };
  const { count } = await tx.booking.updateMany({ where: { id: held.id, status: "PENDING_PAYMENT" }, data });
  if (count === 0) return false;
  const audit =
    outcome === "EXPIRED"
      ? bookingAuditRow({ orgId: held.orgId, by: "system", action: "booking.expired", bookingId: held.id, data: { from: "PENDING_PAYMENT", to: "EXPIRED", reason } })
      : bookingAuditRow({ orgId: held.orgId, by: "system", action: "booking.canceled", bookingId: held.id, data: { from: "PENDING_PAYMENT", to: "CANCELED", reason, refunded: false } });
  await tx.auditLog.create({ data: audit });
  return true;
}
