import { BookingFiltersBar } from "@/components/booking/dashboard/booking-filters-bar";
import { BookingsTable } from "@/components/booking/dashboard/bookings-table";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { hasBookingFilters, parseBookingFiltersLenient } from "@/lib/booking";
import { listBookingResources, listBookings } from "@/lib/booking";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Bookings list" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// /[org]/bookings/list: every booking under filters from the URL, paged; export what is shown.
export default async function BookingsListPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: SearchParams }) {
  const ctx = await requireOrgPage((await params).org);
  const sp = await searchParams;
  const keys = ["status", "staff", "service", "from", "to", "q", "sort"] as const;
  const filters = parseBookingFiltersLenient(Object.fromEntries(keys.map((k) => [k, first(sp[k])])));
  const page = Number.parseInt(first(sp.page) ?? "1", 10) || 1;
  const [list, resources] = await Promise.all([listBookings({ orgId: ctx.orgId, timeZone: ctx.timezone, filters, page }), listBookingResources({ orgId: ctx.orgId })]);

  const base = `/${ctx.slug}/bookings/list`;
  const query = Object.fromEntries(keys.map((k) => [k, filters[k]])) as Record<string, string | undefined>;
  const exportParams = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  const filtered = hasBookingFilters(filters);
  return (
    <>
      <PageHeader
        description={`Times in ${ctx.timezone}.`}
        actions={
          list.total > 0 && (
            // A plain link: the export is a file download from a route handler.
            <a href={`/api/orgs/${ctx.slug}/bookings/export${exportParams.size ? `?${exportParams}` : ""}`} className={buttonClass("secondary")} download>
              Export CSV
            </a>
          )
        }
      />
      <BookingFiltersBar basePath={base} filters={filters} staff={resources.staff} services={resources.services} />
      {list.total === 0 ? (
        filtered ? (
          <EmptyState
            title="No bookings match these filters"
            description="Try another status, staff member, date range or search."
            action={
              <ButtonLink href={base} variant="secondary">
                Clear filters
              </ButtonLink>
            }
          />
        ) : (
          <EmptyState title="No bookings yet" description="Bookings appear here when clients book on your booking pages, or when you book for a client." action={<ButtonLink href={`/${ctx.slug}/bookings/new`}>New booking</ButtonLink>} />
        )
      ) : (
        <>
          <BookingsTable slug={ctx.slug} rows={list.items} timeZone={ctx.timezone} />
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={base} query={query} />
        </>
      )}
    </>
  );
}
