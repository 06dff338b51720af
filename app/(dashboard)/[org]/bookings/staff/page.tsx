import { StaffTable } from "@/components/booking/staff/staff-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { listStaff } from "@/lib/booking";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Staff" };

// /[org]/bookings/staff: who can be booked, active first, paged.
export default async function StaffPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ page?: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const page = Number.parseInt((await searchParams).page ?? "1", 10) || 1;
  const list = await listStaff({ orgId: ctx.orgId, page });
  const base = `/${ctx.slug}/bookings/staff`;
  const add = hasRole(ctx.role, "ADMIN") ? <ButtonLink href={`${base}/new`}>Add staff member</ButtonLink> : undefined;
  return (
    <>
      <PageHeader description="The people clients book, each with a time zone, weekly hours and days off." actions={add} />
      {list.total === 0 ? (
        <EmptyState title="No staff yet" description="Add the people who perform your services, set their working hours, then assign them to services." action={add} />
      ) : (
        <>
          <StaffTable slug={ctx.slug} rows={list.items} />
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={base} query={{}} />
        </>
      )}
    </>
  );
}
