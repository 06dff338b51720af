import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicShell } from "@/components/booking/public-shell";
import { AddToCalendar } from "@/components/tickets/add-to-calendar";
import { TicketStatusBadge } from "@/components/tickets/ticket-status-badge";
import { Card } from "@/components/ui/card";
import { formatEventTime, formatVenue } from "@/lib/ticketing";
import { loadPublicTicket } from "@/lib/ticketing";
import { publicOpenGraph } from "@/lib/shared/open-graph";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  return { title: "Your ticket", robots: { index: false }, openGraph: publicOpenGraph({ path: `/t/${encodeURIComponent(code)}`, title: "Your ticket" }) };
}

// GET /t/[code]: an attendee's ticket with its QR code; the unguessable code is the access.
export default async function TicketPage({ params }: Props) {
  const ticket = await loadPublicTicket((await params).code);
  if (!ticket) notFound();
  const where = formatVenue(ticket.event.venue);
  const usable = ticket.status !== "VOID" && ticket.event.status !== "CANCELED";
  return (
    <PublicShell orgName={ticket.org.name} footer="Tickets by Frontdesk">
      <Card className="mx-auto max-w-md text-center">
        <p className="text-sm font-medium text-brand-700">{ticket.ticketType.name}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-gray-900">{ticket.event.title}</h1>
        <p className="mt-2 text-sm text-gray-700">{formatEventTime(ticket.event)}</p>
        {where && <p className="text-sm text-gray-700">{where}</p>}
        <div className={usable ? "mx-auto mt-6 w-64 max-w-full" : "mx-auto mt-6 w-64 max-w-full opacity-20"} role="img" aria-label="Ticket QR code" dangerouslySetInnerHTML={{ __html: ticket.qrSvg }} />
        <p className="mt-4 text-lg font-semibold text-gray-900">{ticket.attendeeName}</p>
        <div className="mt-2 flex justify-center">
          <TicketStatusBadge status={ticket.status} />
        </div>
        {ticket.status === "CHECKED_IN" && ticket.checkedInAt && <p className="mt-2 text-xs text-gray-600">Checked in {formatEventTime({ startsAt: ticket.checkedInAt, endsAt: ticket.checkedInAt, timeZone: ticket.event.timeZone })}</p>}
        {ticket.status === "VOID" && <p className="mt-2 text-sm text-red-700">This ticket is no longer valid.</p>}
        {ticket.event.status === "CANCELED" && <p className="mt-2 text-sm text-red-700">This event has been canceled.</p>}
        {usable && (
          <p className="mt-4 text-xs text-gray-500">
            Show this QR code at the door. Ticket code: <span className="font-mono">{ticket.code}</span>
          </p>
        )}
        {usable && <AddToCalendar event={ticket.event} ticketCode={ticket.code} centered className="mt-6 border-t border-gray-100 pt-4" />}
        <Link href={`/e/${ticket.event.slug}`} className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
          Event page
        </Link>
      </Card>
    </PublicShell>
  );
}
