import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { sendTicketEmails } from "../tickets/send-ticket-emails";

// Sends a paid order's valid tickets to their attendees again (a lost email, a typo fixed at the door).
export async function resendTickets({ orgId, orderId }: { orgId: string; orderId: string }): Promise<{ sent: number }> {
  const order = await orgDb(orgId).order.findFirst({ where: { id: orderId, kind: "TICKET" }, select: { status: true, tickets: { where: { status: { not: "VOID" } }, select: { id: true }, take: 1 } } });
  if (!order) throw new AppError("NOT_FOUND", "Order not found.");
  if (order.status !== "PAID" || order.tickets.length === 0) throw new AppError("CONFLICT", "Only a paid order with valid tickets has tickets to send.");
  return sendTicketEmails({ orgId, orderId });
}
