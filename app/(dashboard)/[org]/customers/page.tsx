import { CustomerFiltersBar } from "@/components/customers/customer-filters-bar";
import { CustomersTable } from "@/components/customers/customers-table";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { parseFiltersLenient } from "@/lib/customers";
import { countCustomers, listCustomers, listCustomerTags } from "@/lib/customers";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { DoneNotice } from "@/components/ui/form-message";

export const metadata = { title: "Customers" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// /[org]/customers: search, filter, page through the org's customers; export what is shown.
export default async function CustomersPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: SearchParams }) {
  const ctx = await requireOrgPage((await params).org);
  const sp = await searchParams;
  const filters = parseFiltersLenient({ q: first(sp.q), tag: first(sp.tag), source: first(sp.source) });
  const page = Number.parseInt(first(sp.page) ?? "1", 10) || 1;
  const [list, totalInOrg, tags] = await Promise.all([listCustomers({ orgId: ctx.orgId, currency: ctx.currency, filters, page }), countCustomers({ orgId: ctx.orgId }), listCustomerTags({ orgId: ctx.orgId })]);

  const base = `/${ctx.slug}/customers`;
  const query = { q: filters.q, tag: filters.tag, source: filters.source };
  const exportParams = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  const addButtons = (
    <>
      <ButtonLink href={`${base}/new`}>Add customer</ButtonLink>
      <ButtonLink href={`${base}/import`} variant="secondary">
        Import CSV
      </ButtonLink>
    </>
  );
  return (
    <>
      <PageHeader
        title="Customers"
        description="Everyone who chatted with your bot, bought a ticket or booked: one list."
        actions={
          <>
            {addButtons}
            {totalInOrg > 0 && (
              // A plain link: the export is a file download from a route handler, not a page.
              <a href={`/api/orgs/${ctx.slug}/customers/export${exportParams.size ? `?${exportParams}` : ""}`} className={buttonClass("secondary")} download>
                Export CSV
              </a>
            )}
          </>
        }
      />
      {sp.deleted === "1" && <DoneNotice>Customer deleted.</DoneNotice>}
      {totalInOrg === 0 ? (
        <EmptyState title="No customers yet" description="Customers appear here when they chat with your bot, buy a ticket or book. You can also add them by hand or import a CSV file." action={<div className="flex gap-2">{addButtons}</div>} />
      ) : (
        <>
          <CustomerFiltersBar basePath={base} filters={filters} tags={tags} />
          {list.total === 0 ? (
            <EmptyState
              title="No customers match these filters"
              description={`None of your ${totalInOrg} customers match. Try another search, tag or source.`}
              action={
                <ButtonLink href={base} variant="secondary">
                  Clear filters
                </ButtonLink>
              }
            />
          ) : (
            <>
              <CustomersTable slug={ctx.slug} rows={list.items} timezone={ctx.timezone} currency={ctx.currency} />
              <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={base} query={query} />
            </>
          )}
        </>
      )}
    </>
  );
}
