import QRCode from "qrcode";
import { sendEmail, type EmailAttachment } from "@/lib/email/send-email";
import { enqueue, queues } from "@/lib/jobs/boss";
import { escape, layout } from "@/lib/email/templates";
import { buildTicketIcs } from "./build-ticket-ics";
import { formatEventTime, formatVenue, loadTicketOrder, type TicketOrder } from "./load-ticket-order";
import { ticketUrl } from "./ticket-code";

// Emails every attendee of a paid order their tickets: one email per attendee address, each
// ticket with its QR code (inline and as a PNG attachment) and link, plus an .ics entry. Goes
// through the outbox, so it survives restarts. Also the dashboard's "resend tickets".
export async function sendTicketEmails(options: { orgId: string; orderId: string }): Promise<{ sent: number }> {
  const order = await loadTicketOrder(options);
  if (!order?.event || order.status !== "PAID") return { sent: 0 };
  const byAttendee = new Map<string, TicketOrder["tickets"]>();
  for (const t of order.tickets) if (t.status !== "VOID") byAttendee.set(t.attendeeEmail, [...(byAttendee.get(t.attendeeEmail) ?? []), t]);
  for (const [to, tickets] of byAttendee) await sendEmail({ orgId: order.orgId, to, ...(await ticketEmail(order, tickets)) });
  return { sent: byAttendee.size };
}

/** Queues sendTicketEmails (job ticket.send-emails, once per order). */
export async function queueTicketEmails(options: { orgId: string; orderId: string }): Promise<void> {
  await enqueue(queues.ticketSendEmails, options, { singletonKey: `ticket-emails-${options.orderId}` });
}

async function ticketEmail(order: TicketOrder, tickets: TicketOrder["tickets"]) {
  const event = order.event!;
  const when = formatEventTime(event);
  const where = formatVenue(event.venue);
  const qrs = await Promise.all(tickets.map((t) => QRCode.toBuffer(ticketUrl(t.code), { width: 320, margin: 2, errorCorrectionLevel: "M" })));
  const blocks = tickets.map((t, i) => {
    const url = ticketUrl(t.code);
    return `<div style="border:1px solid #e5e7eb;border-radius:8px;padding:16px;margin:12px 0;text-align:center"><p style="margin:0 0 4px;font-weight:600">${escape(t.ticketType.name)} · ${escape(t.attendeeName)}</p><img src="data:image/png;base64,${qrs[i].toString("base64")}" width="200" height="200" alt="Ticket QR code"><p style="margin:4px 0 0;font-size:13px"><a href="${escape(url)}">${escape(url)}</a></p></div>`;
  });
  const facts = `<p><b>${escape(event.title)}</b><br>${escape(when)}${where ? `<br>${escape(where)}` : ""}</p>`;
  const intro = `<p>Hi ${escape(tickets[0].attendeeName)},</p><p>Here ${tickets.length === 1 ? "is your ticket" : `are your ${tickets.length} tickets`}. Show the QR code at the door.</p>`;
  const attachments: EmailAttachment[] = [
    ...qrs.map((png, i) => ({ filename: `ticket-${i + 1}.png`, content: png.toString("base64"), contentType: "image/png" })),
    { filename: "event.ics", content: Buffer.from(buildTicketIcs({ ...event, orgName: order.org.name }, ticketUrl(tickets[0].code)), "utf8").toString("base64"), contentType: "text/calendar; charset=utf-8" },
  ];
  return {
    subject: `Your ${tickets.length === 1 ? "ticket" : "tickets"}: ${event.title}, ${when}`,
    html: layout(`Your ${tickets.length === 1 ? "ticket" : "tickets"} for ${event.title}`, intro + facts + blocks.join(""), { label: tickets.length === 1 ? "Open your ticket" : "Open your first ticket", url: ticketUrl(tickets[0].code) }),
    text: [`Hi ${tickets[0].attendeeName},`, "", `Your tickets for ${event.title}`, when, ...(where ? [where] : []), "", ...tickets.map((t) => `${t.ticketType.name} (${t.attendeeName}): ${ticketUrl(t.code)}`)].join("\n"),
    attachments,
  };
}
