import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { lockOrder } from "@/lib/orders";
import { refundOrder } from "@/lib/orders";
import { voidOrderTickets } from "./void-order-tickets";

// Cancels a ticket order from the dashboard: a paid one is refunded in full at Stripe first (if
// Stripe refuses, nothing changed), a free one is canceled; either way its tickets are voided
// and their seats go back on sale. Idempotent: a refunded or canceled order only gets its
// tickets voided (again a no-op), so a retry or a racing charge.refunded changes nothing more.
export async function cancelOrder({ orgId, orderId, reason }: { orgId: string; orderId: string; reason?: string | null }): Promise<"REFUNDED" | "CANCELED"> {
  const order = await orgDb(orgId).order.findFirst({ where: { id: orderId, kind: "TICKET" }, select: { id: true, status: true, amount: true } });
  if (!order) throw new AppError("NOT_FOUND", "Order not found.");
  if (order.status === "PENDING" || order.status === "EXPIRED") throw new AppError("CONFLICT", "This order was never paid; its seats return to sale when its hold runs out.");
  if (order.status === "PAID" && order.amount > 0) await refundOrder(order.id, reason?.trim() || "Canceled by the organizer");
  return orgDb(orgId).$transaction(async (tx) => {
    const locked = await lockOrder(tx, { id: order.id, orgId });
    if (!locked) throw new AppError("NOT_FOUND", "Order not found.");
    if (locked.status === "PAID") await tx.order.update({ where: { id: order.id }, data: { status: "CANCELED" } });
    await voidOrderTickets({ tx, orderId: order.id });
    return locked.status === "REFUNDED" ? "REFUNDED" : "CANCELED";
  });
}
