import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { countOrders, listOrders } from "@/lib/ticketing";
import { parseOrderFiltersLenient } from "@/lib/ticketing";
import { OrderFiltersBar } from "./order-filters-bar";
import { OrdersTable, OrderTotalsLine } from "./orders-table";

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The searchable, filtered, paged ticket-order list of the org (or of one event). */
export async function OrdersList({ org, eventId, searchParams, basePath }: { org: { orgId: string; slug: string; timezone: string; currency: string }; eventId?: string; searchParams: SearchParams; basePath: string }) {
  const filters = parseOrderFiltersLenient({ q: first(searchParams.q), status: first(searchParams.status) });
  const page = Number.parseInt(first(searchParams.page) ?? "1", 10) || 1;
  const [list, all] = await Promise.all([listOrders({ orgId: org.orgId, eventId, filters, page }), countOrders({ orgId: org.orgId, eventId })]);
  if (all === 0) {
    return <EmptyState title="No orders yet" description="Orders appear here as soon as someone buys or reserves a ticket on the public event page." />;
  }
  return (
    <>
      <OrderFiltersBar basePath={basePath} filters={filters} />
      {list.total === 0 ? (
        <EmptyState
          title="No orders match"
          description={`None of the ${all} orders match this search. Codes must be typed in full.`}
          action={
            <ButtonLink href={basePath} variant="secondary">
              Clear filters
            </ButtonLink>
          }
        />
      ) : (
        <>
          <OrderTotalsLine totals={list.totals} currency={org.currency} />
          <OrdersTable slug={org.slug} rows={list.items} timezone={org.timezone} showEvent={!eventId} />
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={basePath} query={{ q: filters.q, status: filters.status }} />
        </>
      )}
    </>
  );
}
