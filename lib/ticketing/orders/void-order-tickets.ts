import type { Tx } from "@/lib/payments/webhooks/types";

/**
 * Voids an order's tickets that are not void yet and returns their seats to sale (a refund or a
 * cancellation, from the dashboard or Stripe's charge.refunded). Idempotent and safe under
 * concurrency: the rows are locked and re-checked, so a ticket is voided and counted once.
 * Checked-in tickets are voided too, but their seats stay sold (someone is inside).
 */
export async function voidOrderTickets({ tx, orderId }: { tx: Tx; orderId: string }): Promise<number> {
  const voided = await tx.$queryRaw<{ ticketTypeId: string; status: string }[]>`
    WITH live AS (SELECT id, "ticketTypeId", status::text AS status FROM "Ticket" WHERE "orderId" = ${orderId} AND status <> 'VOID' FOR UPDATE)
    UPDATE "Ticket" t SET status = 'VOID' FROM live WHERE t.id = live.id RETURNING live."ticketTypeId", live.status`;
  const seats = new Map<string, number>();
  for (const t of voided) if (t.status === "VALID") seats.set(t.ticketTypeId, (seats.get(t.ticketTypeId) ?? 0) + 1);
  for (const [ticketTypeId, quantity] of seats) {
    await tx.$executeRaw`UPDATE "TicketType" SET sold = GREATEST(sold - ${quantity}, 0), "updatedAt" = now() WHERE id = ${ticketTypeId}`;
  }
  return voided.length;
}
