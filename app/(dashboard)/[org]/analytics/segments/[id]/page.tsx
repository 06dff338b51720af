import { DeleteSegmentButton } from "@/components/analytics/segments/delete-segment-button";
import { SectionHeader } from "@/components/analytics/segments/section-header";
import { SegmentMembersTable } from "@/components/analytics/segments/segment-members-table";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { TableCard } from "@/components/ui/table-card";
import { getClusterDescriptions } from "@/lib/analytics";
import { describeSegment } from "@/lib/analytics";
import { previewSegment } from "@/lib/analytics";
import { formatDateTime } from "@/lib/format";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { deleteSegmentAction } from "../actions";
import { loadSegmentOr404 } from "../load-segment";

export const metadata = { title: "Segment" };

// /[org]/analytics/segments/[id]: conditions, live size, first members, export, edit, delete
export default async function SegmentPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const ctx = await requireOrgPage(org);
  const segment = await loadSegmentOr404({ orgId: ctx.orgId, segmentId: id });
  const base = `/${ctx.slug}/analytics/segments`;
  const [preview, clusters] = await Promise.all([segment.definition ? previewSegment({ orgId: ctx.orgId, definition: segment.definition }) : null, getClusterDescriptions({ orgId: ctx.orgId })]);
  return (
    <>
      <SectionHeader
        title={segment.name}
        description={segment.description ?? undefined}
        back={{ href: base, label: "Segments" }}
        actions={
          <>
            {preview && preview.count > 0 && (
              // A plain link: the export is a file download from a route handler, not a page.
              <a href={`/api/orgs/${ctx.slug}/segments/${segment.id}/export`} className={buttonClass("secondary")} download>
                Export CSV
              </a>
            )}
            <ButtonLink href={`${base}/${segment.id}/edit`} variant="secondary">
              Edit
            </ButtonLink>
            <DeleteSegmentButton org={ctx.slug} segmentId={segment.id} name={segment.name} action={deleteSegmentAction} />
          </>
        }
      />
      <div className="mb-6 grid grid-cols-1 gap-4 md:grid-cols-3">
        <Card className="p-4">
          <p className="text-xs font-medium uppercase tracking-wide text-gray-500">Customers now</p>
          <p className="mt-1 text-3xl font-semibold tabular-nums text-gray-900">{preview ? preview.count.toLocaleString("en-US") : "—"}</p>
          <p className="mt-1 text-xs text-gray-500">Updated {formatDateTime(segment.updatedAt, ctx.timezone)}</p>
        </Card>
        <Card className="p-4 md:col-span-2">
          <p className="text-xs font-medium uppercase tracking-wide text-gray-500">Conditions (all must hold)</p>
          {segment.definition ? (
            <ul className="mt-2 flex flex-wrap gap-1.5">
              {describeSegment(segment.definition, { currency: ctx.currency, timeZone: ctx.timezone, clusters }).map((d) => (
                <li key={d}>
                  <Badge tone="brand">{d}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-red-700">These conditions are no longer valid. Edit the segment and save it again.</p>
          )}
        </Card>
      </div>
      {preview && preview.count > 0 ? (
        <TableCard title={preview.count > preview.members.length ? `First ${preview.members.length} of ${preview.count.toLocaleString("en-US")}, by CLV and latest order` : "Members, by CLV and latest order"}>
          <SegmentMembersTable slug={ctx.slug} rows={preview.members} currency={ctx.currency} timeZone={ctx.timezone} />
        </TableCard>
      ) : preview ? (
        <EmptyState title="Nobody matches right now" description="The segment is live: customers appear here as soon as they match, for example after the next analytics recompute." />
      ) : null}
    </>
  );
}
