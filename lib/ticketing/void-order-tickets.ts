import type { Tx } from "@/lib/payments/webhooks/types";
import { returnSeats } from "./hold-tickets";

/**
 * Voids an order's tickets that are not void yet and returns their seats to sale (a refund or a
 * cancellation). Idempotent: voided tickets are not counted twice. Checked-in tickets are voided
 * too but their seats stay sold (someone is inside).
 */
export async function voidOrderTickets(tx: Tx, options: { orgId: string; orderId: string }): Promise<number> {
  const live = await tx.ticket.findMany({ where: { orderId: options.orderId, orgId: options.orgId, status: { not: "VOID" } }, select: { id: true, ticketTypeId: true, status: true } });
  if (live.length === 0) return 0;
  await tx.ticket.updateMany({ where: { id: { in: live.map((t) => t.id) } }, data: { status: "VOID" } });
  const perType = new Map<string, number>();
  for (const t of live) if (t.status === "VALID") perType.set(t.ticketTypeId, (perType.get(t.ticketTypeId) ?? 0) + 1);
  await returnSeats(tx, options.orgId, [...perType].map(([ticketTypeId, quantity]) => ({ ticketTypeId, quantity, name: "" })), "sold");
  return live.length;
}
