import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { TableCard } from "@/components/ui/table-card";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { listVenues } from "@/lib/ticketing";
import { DoneNotice } from "@/components/ui/form-message";

export const metadata = { title: "Venues" };

// /[org]/events/venues: where the org's events happen, paged.
export default async function VenuesPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ page?: string; created?: string; deleted?: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const query = await searchParams;
  const list = await listVenues({ orgId: ctx.orgId, page: Number.parseInt(query.page ?? "1", 10) || 1 });
  const base = `/${ctx.slug}/events/venues`;
  const canManage = hasRole(ctx.role, "ADMIN");
  const add = canManage ? <ButtonLink href={`${base}/new`}>New venue</ButtonLink> : undefined;
  const note = query.created ? "Venue created." : query.deleted ? "Venue deleted." : null;
  return (
    <>
      <PageHeader title="Venues" description="Where your events happen: address, capacity and the time zone event times are entered in." actions={add} />
      {note && <DoneNotice>{note}</DoneNotice>}
      {list.total === 0 ? (
        <EmptyState title="No venues yet" description="Add the places where your events happen; each event picks one." action={add} />
      ) : (
        <>
          <TableCard>
            <table className="min-w-full divide-y divide-gray-200 text-sm">
              <thead className="bg-gray-50 text-left text-xs font-medium uppercase tracking-wide text-gray-500">
                <tr>
                  <th className="px-4 py-3">Venue</th>
                  <th className="hidden px-4 py-3 sm:table-cell">Time zone</th>
                  <th className="px-4 py-3">Capacity</th>
                  <th className="px-4 py-3">Events</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {list.items.map((v) => (
                  <tr key={v.id}>
                    <td className="px-4 py-3">
                      {canManage ? (
                        <Link href={`${base}/${v.id}`} className="font-medium text-brand-700 hover:underline">
                          {v.name}
                        </Link>
                      ) : (
                        <span className="font-medium">{v.name}</span>
                      )}
                      <div className="text-xs text-gray-500">
                        {v.address}, {v.city}
                      </div>
                    </td>
                    <td className="hidden px-4 py-3 sm:table-cell">{v.timeZone}</td>
                    <td className="px-4 py-3 tabular-nums">{v.capacity ?? "—"}</td>
                    <td className="px-4 py-3 tabular-nums">{v.eventCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableCard>
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={base} query={{}} />
        </>
      )}
    </>
  );
}
