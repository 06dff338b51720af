import Link from "next/link";
import { EventStatusBadge } from "@/components/ticketing/event-status-badge";
import { SectionTabs } from "@/components/ui/section-tabs";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { getEvent } from "@/lib/ticketing";
import { formatEventRange } from "@/lib/shared/local-date-time";
import { publicEventUrl } from "@/lib/ticketing";
import { orNotFound } from "@/lib/tenancy/or-not-found";

const tabs = [
  { href: "", label: "Details" },
  { href: "/tickets", label: "Tickets" },
  { href: "/promo-codes", label: "Promo codes" },
  { href: "/orders", label: "Orders" },
  { href: "/check-in", label: "Check-in" },
  { href: "/sales", label: "Sales" },
];

// /[org]/events/[eventId]/*: the event's header (title, status, public link once published) and tabs.
export default async function EventLayout({ params, children }: { params: Promise<{ org: string; eventId: string }>; children: React.ReactNode }) {
  const { org, eventId } = await params;
  const ctx = await requireOrgPage(org);
  const event = await orNotFound(getEvent({ orgId: ctx.orgId, eventId }));
  const url = publicEventUrl(event.slug);
  return (
    <>
      <div className="mb-4">
        <Link href={`/${ctx.slug}/events`} className="text-sm text-gray-500 hover:text-gray-800">
          ← Events
        </Link>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{event.title}</h1>
          <EventStatusBadge status={event.status} endsAt={event.endsAt} />
        </div>
        <p className="mt-1 text-sm text-gray-600">
          {formatEventRange(event.startsAt, event.endsAt, event.timeZone)} · {event.venue ? `${event.venue.name}, ${event.venue.city}` : "No venue"}
        </p>
        {event.status === "PUBLISHED" && (
          <p className="mt-1 text-sm">
            Public page:{" "}
            <a href={url} target="_blank" rel="noreferrer" className="break-all font-medium text-brand-700 underline">
              {url}
            </a>
          </p>
        )}
      </div>
      <SectionTabs label="Event sections" base={`/${ctx.slug}/events/${event.id}`} tabs={tabs} />
      {children}
    </>
  );
}
