import { PublicShell } from "@/components/booking/public-shell";
import { Card } from "@/components/ui/card";
import { isStripeConfigured } from "@/lib/orders";
import type { PublicEvent } from "@/lib/ticketing";
import { eventSaleState } from "@/lib/ticketing";
import { publicTicketTypes } from "@/lib/ticketing";
import { CheckoutForm } from "./checkout-form";
import { EventDetails } from "./event-details";

/** The public event page's body, shared by /e/<slug> (cached), its access-code and its canceled-payment variants. */
// Over or canceled is read from the clock at render, so the cached page says so within seconds.
export function EventPageView({ event, unlockCode, notice }: { event: PublicEvent; unlockCode: string | null; notice?: string }) {
  const now = new Date();
  const state = eventSaleState(event, now);
  const selling = state === "UPCOMING" || state === "STARTED";
  const types = selling ? publicTicketTypes(event, unlockCode, now) : [];
  const hasHidden = event.ticketTypes.some((t) => t.hidden);
  return (
    <PublicShell orgName={event.org.name} footer="Tickets by Frontdesk">
      <EventDetails event={event} />
      {notice && (
        <p role="status" className="mt-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {notice}
        </p>
      )}
      <Card className="mt-8">
        <h2 className="text-lg font-semibold text-gray-900">Tickets</h2>
        {state === "CANCELED" ? (
          <p role="alert" className="mt-2 text-sm text-gray-700">
            This event has been canceled. Ticket holders are refunded by the organizer.
          </p>
        ) : state === "ENDED" ? (
          <p role="status" className="mt-2 text-sm text-gray-700">
            This event is over, so tickets are no longer sold. Thank you to everyone who came.
          </p>
        ) : types.length === 0 ? (
          <p className="mt-2 text-sm text-gray-600">No tickets are on sale for this event yet. Please check back later.</p>
        ) : (
          <>
            {state === "STARTED" && <p className="mt-1 text-sm text-gray-700">The event has started: tickets are sold until it ends.</p>}
            <p className="mt-1 text-sm text-gray-600">Choose your tickets. Free tickets are confirmed at once; paid tickets are held for 15 minutes while you pay.</p>
            <CheckoutForm slug={event.slug} types={types} unlockCode={unlockCode} paymentsMissing={!isStripeConfigured()} />
          </>
        )}
        {hasHidden && selling && (
          <form method="get" action={`/e/${event.slug}/access`} className="mt-6 flex flex-wrap items-end gap-2 border-t border-gray-100 pt-4">
            <label className="min-w-0 flex-1 text-sm text-gray-700">
              <span className="mb-1 block font-medium">Have an access code?</span>
              <input name="code" defaultValue={unlockCode ?? ""} className="block w-full rounded-md border border-gray-300 px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500" />
            </label>
            <button className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 shadow-sm hover:bg-gray-50">Unlock</button>
            {unlockCode && !types.some((t) => t.unlocked) && (
              <p role="alert" className="w-full text-xs text-red-600">
                This code does not unlock any tickets.
              </p>
            )}
          </form>
        )}
      </Card>
    </PublicShell>
  );
}
