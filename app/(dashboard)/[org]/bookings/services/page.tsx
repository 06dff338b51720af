import { ServicesTable } from "@/components/booking/services/services-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { listServices } from "@/lib/booking";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Services" };

// /[org]/bookings/services: the org's bookable services, active first, paged.
export default async function ServicesPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ page?: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const page = Number.parseInt((await searchParams).page ?? "1", 10) || 1;
  const list = await listServices({ orgId: ctx.orgId, page });
  const base = `/${ctx.slug}/bookings/services`;
  const canManage = hasRole(ctx.role, "ADMIN");
  const add = canManage ? <ButtonLink href={`${base}/new`}>New service</ButtonLink> : undefined;
  return (
    <>
      <PageHeader description="What clients can book: duration, price, rules and who performs it." actions={add} />
      {list.total === 0 ? (
        <EmptyState title="No services yet" description="Create a service, assign the staff who perform it, and share its booking link with clients." action={add} />
      ) : (
        <>
          <ServicesTable slug={ctx.slug} rows={list.items} />
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={base} query={{}} />
        </>
      )}
    </>
  );
}
