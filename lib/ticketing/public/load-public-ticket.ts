import QRCode from "qrcode";
import { db } from "@/lib/db/client";
import { TICKET_CODE, ticketUrl } from "../tickets/ticket-code";

// One ticket by its code, for the attendee's /t/<code> page (with its QR code as SVG) and its .ics.
export async function loadPublicTicket(code: string, options: { qr?: boolean } = {}) {
  if (!TICKET_CODE.test(code)) return null;
  const ticket = await db.ticket.findUnique({
    where: { code },
    select: {
      code: true, attendeeName: true, status: true, checkedInAt: true,
      ticketType: { select: { name: true } },
      org: { select: { name: true } },
      event: { select: { id: true, slug: true, title: true, startsAt: true, endsAt: true, timeZone: true, status: true, venue: { select: { name: true, address: true, city: true } } } },
    },
  });
  if (!ticket) return null;
  const qrSvg = options.qr === false ? "" : await QRCode.toString(ticketUrl(ticket.code), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { ...ticket, qrSvg };
}
