import type { Prisma } from "@/lib/db/client";

// HOOK for the Telegram bot area: a buyer who came from the bot (the event link carried a signed
// subscriber reference, kept on Order.botRef) should also get their tickets in their chat.
// Called inside the payment's transaction right after the tickets are issued, so queue the
// message with `tx` (an outbox row or a pg-boss job inserted through tx) and it is sent exactly
// when the tickets exist. The bots area verifies the reference with lib/bots/sign-subscriber-ref.
// Until then: nothing, and nothing at all for orders without a reference.
export async function queueTelegramTickets(input: { tx: Prisma.TransactionClient; orgId: string; orderId: string }): Promise<void> {
  const order = await input.tx.order.findFirst({ where: { id: input.orderId, orgId: input.orgId }, select: { botRef: true } });
  if (!order?.botRef) return;
}
