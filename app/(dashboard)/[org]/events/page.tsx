import Link from "next/link";
import clsx from "clsx";
import { EventsTable } from "@/components/ticketing/events-table";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { eventFilters, listEvents, type EventFilter } from "@/lib/ticketing";

export const metadata = { title: "Events" };

const filterLabels: Record<EventFilter, string> = { upcoming: "Upcoming", past: "Past", draft: "Drafts", all: "All" };

// /[org]/events: the org's events by upcoming / past / drafts, searchable, paged.
export default async function EventsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ filter?: string; q?: string; page?: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const sp = await searchParams;
  const filter = (eventFilters as readonly string[]).includes(sp.filter ?? "") ? (sp.filter as EventFilter) : "upcoming";
  const q = (sp.q ?? "").slice(0, 100);
  const [list, anyEvents] = await Promise.all([listEvents({ orgId: ctx.orgId, filter, q, page: Number.parseInt(sp.page ?? "1", 10) || 1 }), listEvents({ orgId: ctx.orgId, filter: "all", pageSize: 1 })]);
  const base = `/${ctx.slug}/events`;
  const actions = (
    <>
      <ButtonLink href={`${base}/new`}>New event</ButtonLink>
      <ButtonLink href={`${base}/venues`} variant="secondary">
        Venues
      </ButtonLink>
      <ButtonLink href={`${base}/promo-codes`} variant="secondary">
        Promo codes
      </ButtonLink>
      <ButtonLink href={`${base}/orders`} variant="secondary">
        Orders
      </ButtonLink>
    </>
  );
  return (
    <>
      <PageHeader title="Events" description="Sell tickets to your shows, workshops and openings, and check guests in at the door." actions={actions} />
      {anyEvents.total === 0 ? (
        <EmptyState title="No events yet" description="Create an event, add ticket types, and publish its page to start selling." action={<ButtonLink href={`${base}/new`}>Create your first event</ButtonLink>} />
      ) : (
        <>
          <div className="mb-4 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <nav aria-label="Filter events" className="flex gap-1 overflow-x-auto">
              {eventFilters.map((f) => (
                <Link
                  key={f}
                  href={`${base}?${new URLSearchParams({ filter: f, ...(q ? { q } : {}) })}`}
                  aria-current={f === filter ? "page" : undefined}
                  className={clsx("rounded-full px-3 py-1 text-sm font-medium", f === filter ? "bg-brand-100 text-brand-700" : "text-gray-600 hover:bg-gray-100")}
                >
                  {filterLabels[f]}
                </Link>
              ))}
            </nav>
            <form className="flex gap-2" role="search">
              <input type="hidden" name="filter" value={filter} />
              <input name="q" defaultValue={q} placeholder="Search by title" aria-label="Search events" className="block w-full rounded-md border border-gray-300 px-3 py-1.5 text-sm sm:w-56" />
              <button className={buttonClass("secondary")}>Search</button>
            </form>
          </div>
          {list.total === 0 ? (
            <EmptyState
              title="No events match"
              description={q ? `No ${filterLabels[filter].toLowerCase()} event has "${q}" in its title.` : `No ${filterLabels[filter].toLowerCase()} events.`}
              action={
                <ButtonLink href={`${base}?filter=all`} variant="secondary">
                  Show all events
                </ButtonLink>
              }
            />
          ) : (
            <>
              <EventsTable slug={ctx.slug} rows={list.items} />
              <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={base} query={{ filter, q: q || undefined }} />
            </>
          )}
        </>
      )}
    </>
  );
}
