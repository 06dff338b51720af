import { escapeHtml } from "@/lib/bots";
import type { OutgoingMessage } from "@/lib/bots";
import { queuePurchaseMessage } from "@/lib/bots";
import type { Prisma } from "@/lib/db/client";
import { formatEventTime, formatVenue, type EventWhere } from "../public/load-ticket-order";
import { ticketUrl } from "./ticket-code";

// A buyer who came from the bot (the event link carried a signed subscriber reference, kept on
// Order.botRef) also gets their tickets in their chat: one message per order, its valid tickets.
// Called by the ticket.send-emails job under the order's row lock, once the order is still paid,
// so a refund processed first leaves no message. Orders without a verified reference, or whose
// subscriber blocked the bot, get the email alone.
const MAX_BUTTONS = 10;

type Ticket = { code: string; attendeeName: string; ticketType: { name: string } };

export async function queueTelegramTickets(input: { tx: Prisma.TransactionClient; orgId: string; orderId: string }): Promise<void> {
  const order = await input.tx.order.findFirst({
    where: { id: input.orderId, orgId: input.orgId },
    select: {
      botRef: true,
      event: { select: { title: true, startsAt: true, endsAt: true, timeZone: true, venue: { select: { name: true, address: true, city: true } } } },
      tickets: { where: { status: { not: "VOID" } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { code: true, attendeeName: true, ticketType: { select: { name: true } } } },
    },
  });
  if (!order?.botRef || !order.event || order.tickets.length === 0) return;
  await queuePurchaseMessage(input.tx, { orgId: input.orgId, botRef: order.botRef, message: ticketsMessage(order.event, order.tickets) });
}

/** The chat message: event, time in the event's zone, venue, one line per ticket with its link, a button per ticket. */
export function ticketsMessage(event: EventWhere, tickets: readonly Ticket[]): OutgoingMessage {
  const where = formatVenue(event.venue);
  const lines = tickets.map((t, i) => `${i + 1}. ${escapeHtml(t.ticketType.name)} · ${escapeHtml(t.attendeeName)}\n${escapeHtml(ticketUrl(t.code))}`);
  const text = [
    `🎟 Your ${tickets.length === 1 ? "ticket" : `${tickets.length} tickets`} for <b>${escapeHtml(event.title)}</b>`,
    escapeHtml(formatEventTime(event)),
    ...(where ? [escapeHtml(where)] : []),
    "",
    ...lines,
    "",
    "Show the QR code on the ticket page at the door.",
  ].join("\n");
  const buttons = tickets.slice(0, MAX_BUTTONS).map((t, i) => [{ text: tickets.length === 1 ? "Open your ticket" : `Ticket ${i + 1}: ${t.ticketType.name}`.slice(0, 64), url: ticketUrl(t.code) }]);
  return { text, buttons };
}
