import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicShell } from "@/components/booking/public-shell";
import { CheckoutForm } from "@/components/tickets/checkout-form";
import { EventDetails } from "@/components/tickets/event-details";
import { Card } from "@/components/ui/card";
import { isStripeConfigured } from "@/lib/payments/create-checkout-session";
import { formatEventTime } from "@/lib/ticketing/load-ticket-order";
import { loadPublicEvent } from "@/lib/ticketing/load-public-event";
import { imageUrl, publicTicketTypes } from "@/lib/ticketing/public-ticket-types";
import { releaseAbandonedTicketCheckout } from "@/lib/ticketing/release-abandoned-ticket-checkout";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ code?: string; ref?: string; canceled?: string }> };
const one = (v: unknown) => (typeof v === "string" && v.length <= 500 ? v : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadPublicEvent((await params).slug);
  if (!event) return { title: "Event not found" };
  const description = `${formatEventTime(event)}${event.venue ? ` · ${event.venue.name}, ${event.venue.city}` : ""}. ${event.description.slice(0, 160)}`;
  const cover = imageUrl(event.coverImagePath);
  return {
    title: event.title,
    description,
    openGraph: { type: "website", title: event.title, description, siteName: event.org.name, url: `/e/${event.slug}`, ...(cover ? { images: [{ url: cover }] } : {}) },
    twitter: { card: cover ? "summary_large_image" : "summary", title: event.title, description },
  };
}

// GET /e/[slug]: the public event page; drafts and unknown slugs are a 404. The form is the only
// client code; hidden ticket types are unlocked server-side by ?code=.
export default async function EventPage({ params, searchParams }: Props) {
  const event = await loadPublicEvent((await params).slug);
  if (!event) notFound();
  const query = await searchParams;
  const unlockCode = one(query.code)?.trim() || null;
  const canceled = one(query.canceled);
  if (canceled) await releaseAbandonedTicketCheckout(canceled);
  const types = event.status === "PUBLISHED" ? publicTicketTypes(event, unlockCode, new Date()) : [];
  const hasHidden = event.ticketTypes.some((t) => t.hidden);
  return (
    <PublicShell orgName={event.org.name} footer="Tickets by Frontdesk">
      <EventDetails event={event} />
      {canceled && <p role="status" className="mt-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">Payment was not completed, so your tickets were released.</p>}
      <Card className="mt-8">
        <h2 className="text-lg font-semibold text-gray-900">Tickets</h2>
        {event.status === "CANCELED" ? (
          <p role="alert" className="mt-2 text-sm text-gray-700">This event has been canceled. Ticket holders are refunded by the organizer.</p>
        ) : types.length === 0 ? (
          <p className="mt-2 text-sm text-gray-600">No tickets are on sale for this event yet. Please check back later.</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-gray-600">Choose your tickets. Free tickets are confirmed at once; paid tickets are held for 15 minutes while you pay.</p>
            <CheckoutForm slug={event.slug} types={types} unlockCode={unlockCode} botRef={one(query.ref)} paymentsMissing={!isStripeConfigured()} />
          </>
        )}
        {hasHidden && event.status === "PUBLISHED" && (
          <form method="get" className="mt-6 flex flex-wrap items-end gap-2 border-t border-gray-100 pt-4">
            {query.ref && <input type="hidden" name="ref" value={one(query.ref) ?? ""} />}
            <label className="min-w-0 flex-1 text-sm text-gray-700">
              <span className="mb-1 block font-medium">Have an access code?</span>
              <input name="code" defaultValue={unlockCode ?? ""} className="block w-full rounded-md border border-gray-300 px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500" />
            </label>
            <button className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 shadow-sm hover:bg-gray-50">Unlock</button>
            {unlockCode && !types.some((t) => t.unlocked) && <p role="alert" className="w-full text-xs text-red-600">This code does not unlock any tickets.</p>}
          </form>
        )}
      </Card>
    </PublicShell>
  );
}
