import type { OrderStatus } from "@/lib/db/generated/enums";
import type { Tx } from "@/lib/orders";
import { returnSeats } from "./hold-tickets";
import { orderSeats } from "../tickets/issue-tickets";
import { releasePromoCode } from "./redeem-promo-code";

// An order's seats are held exactly while its holdExpiresAt is set: releasing clears it, so a
// second release (a replayed expiry, the sweep after the job) finds nothing to give back.

type HeldOrder = { status: OrderStatus; holdExpiresAt: Date | null; promoCodeId: string | null };

/**
 * Inside a transaction holding the order's row lock: gives the held seats and the promo
 * redemption back and, when `status` is given, moves a PENDING order to it. Returns whether
 * anything was released. `locked`: the order's row as lockOrder read it (saves reading it again).
 */
export async function releaseTicketHold(tx: Tx, options: { orgId: string; orderId: string; status?: Extract<OrderStatus, "EXPIRED" | "CANCELED">; locked?: HeldOrder }): Promise<boolean> {
  const order: HeldOrder | null = options.locked ?? (await tx.order.findFirst({ where: { id: options.orderId, orgId: options.orgId }, select: { status: true, holdExpiresAt: true, promoCodeId: true } }));
  if (!order || order.holdExpiresAt === null) return false;
  // Promo code before ticket types, the order checkout locks them in: no deadlock between the two.
  if (order.promoCodeId) await releasePromoCode(tx, options.orgId, order.promoCodeId);
  await returnSeats(tx, options.orgId, await orderSeats(tx, options.orderId), "held");
  const status = options.status && order.status === "PENDING" ? options.status : undefined;
  await tx.order.update({ where: { id: options.orderId }, data: { holdExpiresAt: null, ...(status ? { status } : {}) } });
  return true;
}
