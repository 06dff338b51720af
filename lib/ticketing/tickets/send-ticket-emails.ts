import QRCode from "qrcode";
import { db, type Prisma } from "@/lib/db/client";
import { queueEmailDelivery, recordEmail, type EmailAttachment } from "@/lib/email/send-email";
import { sendJob, sendJobInTx } from "@/lib/jobs/boss";
import { ticketDeliveryJob } from "@/lib/ticketing/jobs";
import { escape, layout } from "@/lib/email/templates";
import { formatMoney } from "@/lib/format";
import { lockOrder } from "@/lib/orders";
import { buildTicketIcs } from "../public/build-ticket-ics";
import { formatEventTime, formatVenue, loadTicketOrder, type TicketOrder } from "../public/load-ticket-order";
import { orderPagePath } from "../public/order-link-token";
import { appUrl } from "@/lib/shared/app-url";
import { queueTelegramTickets } from "./queue-telegram-tickets";
import { ticketUrl } from "./ticket-code";

type Tickets = TicketOrder["tickets"];

// Delivers a paid order's tickets: the buyer an order confirmation with every ticket (always, even
// when every seat is someone else's), each other attendee address their own tickets (one email
// each; a buyer who is also an attendee gets the one confirmation), each ticket with its QR code
// (inline and as a PNG) and link, plus an .ics entry; and (telegram) the bot chat message. All
// of it is decided under the order's row lock, from the order as it is now: a refund or cancel
// that came first leaves nothing to send (no mail for VOID tickets), one that comes at the same
// time waits until the emails are recorded. The outbox rows commit together, so a retried job
// never sends half an order twice. Also the dashboard's "resend tickets" (emails only).
export async function sendTicketEmails(options: { orgId: string; orderId: string; telegram?: boolean }): Promise<{ sent: number }> {
  const recorded: string[] = [];
  await db.$transaction(
    async (tx) => {
      const locked = await lockOrder(tx, { id: options.orderId, orgId: options.orgId });
      if (locked?.kind !== "TICKET" || locked.status !== "PAID") return;
      const order = await loadTicketOrder(options, tx);
      const valid = order?.tickets.filter((t) => t.status !== "VOID") ?? [];
      if (!order?.event || valid.length === 0) return;
      for (const email of await ticketEmails(order, valid)) recorded.push((await recordEmail({ orgId: order.orgId, ...email }, tx)).id);
      if (options.telegram) await queueTelegramTickets({ tx, orgId: order.orgId, orderId: order.id });
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
  for (const id of recorded) await queueEmailDelivery(id);
  return { sent: recorded.length };
}

/** Job ticket.send-emails: the tickets by email and, for a buyer from the bot, in the chat. */
export async function runTicketDeliveryJob(data: { orgId: string; orderId: string }): Promise<void> {
  await sendTicketEmails({ ...data, telegram: true });
}

const jobOptions = (orderId: string) => ({ singletonKey: `ticket-emails-${orderId}` });

/** Queues the delivery (job ticket.send-emails, once per order). */
export async function queueTicketEmails(options: { orgId: string; orderId: string }): Promise<void> {
  await sendJob(ticketDeliveryJob, options, jobOptions(options.orderId));
}

/** The same, inside the transaction that issued the tickets: queued exactly when they exist. */
export async function queueTicketEmailsInTx(tx: Prisma.TransactionClient, options: { orgId: string; orderId: string }): Promise<void> {
  await sendJobInTx(tx, ticketDeliveryJob, options, jobOptions(options.orderId));
}

const sameAddress = (a: string | null, b: string | null) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Who gets what: the buyer every ticket, each other address its own. */
export function ticketRecipients(buyerEmail: string | null, tickets: Tickets): { to: string; tickets: Tickets; buyer: boolean }[] {
  const others = new Map<string, { to: string; tickets: Tickets; buyer: boolean }>();
  for (const t of tickets) {
    if (sameAddress(t.attendeeEmail, buyerEmail)) continue;
    const key = t.attendeeEmail.trim().toLowerCase();
    const entry = others.get(key) ?? { to: t.attendeeEmail, tickets: [], buyer: false };
    others.set(key, { ...entry, tickets: [...entry.tickets, t] });
  }
  return [...(buyerEmail ? [{ to: buyerEmail, tickets, buyer: true }] : []), ...others.values()];
}

async function ticketEmails(order: TicketOrder, tickets: Tickets) {
  return Promise.all(ticketRecipients(order.buyerEmail, tickets).map(async (r) => ({ to: r.to, ...(r.buyer ? await confirmationEmail(order, r.tickets) : await ticketEmail(order, r.tickets)) })));
}

async function ticketBlocks(order: TicketOrder, tickets: Tickets): Promise<{ html: string; attachments: EmailAttachment[] }> {
  const qrs = await Promise.all(tickets.map((t) => QRCode.toBuffer(ticketUrl(t.code), { width: 320, margin: 2, errorCorrectionLevel: "M" })));
  const html = tickets.map((t, i) => {
    const url = ticketUrl(t.code);
    return `<div style="border:1px solid #e5e7eb;border-radius:8px;padding:16px;margin:12px 0;text-align:center"><p style="margin:0 0 4px;font-weight:600">${escape(t.ticketType.name)} · ${escape(t.attendeeName)}</p><img src="data:image/png;base64,${qrs[i].toString("base64")}" width="200" height="200" alt="Ticket QR code"><p style="margin:4px 0 0;font-size:13px"><a href="${escape(url)}">${escape(url)}</a></p></div>`;
  });
  const ics = buildTicketIcs({ ...order.event!, orgName: order.org.name }, ticketUrl(tickets[0].code));
  const attachments = [
    ...qrs.map((png, i) => ({ filename: `ticket-${i + 1}.png`, content: png.toString("base64"), contentType: "image/png" })),
    { filename: "event.ics", content: Buffer.from(ics, "utf8").toString("base64"), contentType: "text/calendar; charset=utf-8" },
  ];
  return { html: html.join(""), attachments };
}

function eventFacts(order: TicketOrder) {
  const event = order.event!;
  const when = formatEventTime(event);
  const where = formatVenue(event.venue);
  return { title: event.title, when, where, html: `<p><b>${escape(event.title)}</b><br>${escape(when)}${where ? `<br>${escape(where)}` : ""}</p>`, text: [event.title, when, ...(where ? [where] : [])] };
}

const ticketLines = (tickets: Tickets) => tickets.map((t) => `${t.ticketType.name} (${t.attendeeName}): ${ticketUrl(t.code)}`);
const count = (n: number) => (n === 1 ? "1 ticket" : `${n} tickets`);

// An attendee's own tickets.
async function ticketEmail(order: TicketOrder, tickets: Tickets) {
  const facts = eventFacts(order);
  const blocks = await ticketBlocks(order, tickets);
  const intro = `<p>Hi ${escape(tickets[0].attendeeName)},</p><p>Here ${tickets.length === 1 ? "is your ticket" : `are your ${tickets.length} tickets`}. Show the QR code at the door.</p>`;
  return {
    subject: `Your ${tickets.length === 1 ? "ticket" : "tickets"}: ${facts.title}, ${facts.when}`,
    html: layout(`Your ${tickets.length === 1 ? "ticket" : "tickets"} for ${facts.title}`, intro + facts.html + blocks.html, { label: tickets.length === 1 ? "Open your ticket" : "Open your first ticket", url: ticketUrl(tickets[0].code) }),
    text: [`Hi ${tickets[0].attendeeName},`, "", `Your tickets for ${facts.title}`, ...facts.text, "", ...ticketLines(tickets)].join("\n"),
    attachments: blocks.attachments,
  };
}

// The buyer's order confirmation: every ticket of the order, and a link to the order page.
async function confirmationEmail(order: TicketOrder, tickets: Tickets) {
  const facts = eventFacts(order);
  const blocks = await ticketBlocks(order, tickets);
  const orderUrl = appUrl(orderPagePath(order.event!.slug, order.id));
  const paid = order.amount > 0 ? `Paid: ${formatMoney(order.amount, order.currency)}.` : "Free order.";
  const forOthers = tickets.some((t) => !sameAddress(t.attendeeEmail, order.buyerEmail)) ? " Attendees you named with their own email address get their tickets from us too." : "";
  const name = order.buyerName || tickets[0].attendeeName;
  const intro = `<p>Hi ${escape(name)},</p><p>Thank you for your order: ${count(tickets.length)}. ${escape(paid)}${escape(forOthers)} Show each QR code at the door.</p>`;
  return {
    subject: `Order confirmed: ${count(tickets.length)} for ${facts.title}, ${facts.when}`,
    html: layout(`Your order for ${facts.title}`, intro + facts.html + blocks.html, { label: "View your order", url: orderUrl }),
    text: [`Hi ${name},`, "", `Thank you for your order: ${count(tickets.length)}. ${paid}${forOthers}`, ...facts.text, "", ...ticketLines(tickets), "", `Your order: ${orderUrl}`].join("\n"),
    attachments: blocks.attachments,
  };
}
