// GET /t/[code]/event.ics: the ticket's event as a calendar file; the unguessable code is the access.
import { buildTicketIcs } from "@/lib/ticketing";
import { loadPublicTicket } from "@/lib/ticketing";
import { ticketUrl } from "@/lib/ticketing";

export async function GET(_req: Request, { params }: { params: Promise<{ code: string }> }) {
  const ticket = await loadPublicTicket((await params).code, { qr: false });
  if (!ticket || ticket.status === "VOID") return new Response("No such ticket.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  const ics = buildTicketIcs({ ...ticket.event, orgName: ticket.org.name, canceled: ticket.event.status === "CANCELED" }, ticketUrl(ticket.code));
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${ticket.event.slug}.ics"`,
      "cache-control": "private, no-store",
    },
  });
}
