import type { Tx } from "@/lib/orders";
import { returnSeats } from "../checkout/hold-tickets";

/**
 * Voids an order's tickets that are not void yet and returns their seats to sale: a refund or a
 * cancellation from the dashboard, and Stripe's charge.refunded (the TICKET payment hooks).
 * Idempotent and safe under concurrency: the rows are locked and re-checked, so a ticket is
 * voided and its seat returned once. Checked-in tickets are voided too, but their seats stay
 * sold (someone is inside).
 */
export async function voidOrderTickets({ tx, orderId }: { tx: Tx; orderId: string }): Promise<number> {
  const voided = await tx.$queryRaw<{ orgId: string; ticketTypeId: string; status: string }[]>`
    WITH live AS (SELECT id, "ticketTypeId", status::text AS status FROM "Ticket" WHERE "orderId" = ${orderId} AND status <> 'VOID' FOR UPDATE)
    UPDATE "Ticket" t SET status = 'VOID' FROM live WHERE t.id = live.id RETURNING t."orgId", live."ticketTypeId", live.status`;
  const seats = new Map<string, number>();
  for (const t of voided) if (t.status === "VALID") seats.set(t.ticketTypeId, (seats.get(t.ticketTypeId) ?? 0) + 1);
  if (seats.size)
    await returnSeats(
      tx,
      voided[0].orgId,
      [...seats].map(([ticketTypeId, quantity]) => ({ ticketTypeId, quantity, name: "" })),
      "sold",
    );
  return voided.length;
}
