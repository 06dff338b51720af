import Link from "next/link";
import { ListPageHeader } from "@/components/analytics/segments/section-header";
import { ButtonLink } from "@/components/ui/button";
import { Badge, EmptyState } from "@/components/ui/card";
import { TableCard } from "@/components/ui/table-card";
import { getClusterDescriptions } from "@/lib/analytics";
import { describeSegment } from "@/lib/analytics";
import { listSegments } from "@/lib/analytics";
import { newSegmentHref, type SegmentPrefill } from "@/lib/analytics";
import { formatDate } from "@/lib/format";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Segments" };

// Starting points, prefilled the way "Save as segment" links from other views are.
const suggestions: SegmentPrefill[] = [
  { name: "Slipping regulars", rfmSegments: ["At Risk", "Can't Lose"] },
  { name: "High churn risk", churnRisk: ["HIGH"] },
  { name: "Champions", rfmSegments: ["Champions"] },
  { name: "Reachable in Telegram", hasTelegram: true },
];

// /[org]/analytics/segments: saved segments with their live size
export default async function SegmentsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireOrgPage((await params).org);
  const sp = await searchParams;
  const [segments, clusters] = await Promise.all([listSegments({ orgId: ctx.orgId }), getClusterDescriptions({ orgId: ctx.orgId })]);
  const base = `/${ctx.slug}/analytics/segments`;
  const th = "px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";
  const td = "px-4 py-3 align-top";
  return (
    <>
      <ListPageHeader
        title="Segments"
        description="Saved groups of customers by RFM, cluster, predictions or customer fields. Sizes are live: customers move in and out as their scores and details change. Use a segment as a broadcast audience or to scope a promo code."
        newItem={segments.length > 0 ? { href: `${base}/new`, label: "New segment" } : null}
        deletedNotice={sp.deleted === "1" ? "Segment deleted." : null}
      />
      {segments.length === 0 ? (
        <EmptyState
          title="No segments yet"
          description="Save who you want to reach again: slipping regulars, high churn risk, your champions. Start from scratch or from one of these."
          action={
            <div className="flex flex-col items-center gap-3">
              <ButtonLink href={`${base}/new`}>New segment</ButtonLink>
              <div className="flex flex-wrap justify-center gap-2 text-sm">
                {suggestions.map((s) => (
                  <Link key={s.name} href={newSegmentHref(ctx.slug, s)} className="rounded-full border border-gray-300 bg-white px-3 py-1 text-gray-700 hover:border-brand-500 hover:text-brand-700">
                    {s.name}
                  </Link>
                ))}
              </div>
            </div>
          }
        />
      ) : (
        <TableCard>
          <table className="min-w-full divide-y divide-gray-200 text-sm">
            <thead className="bg-gray-50">
              <tr>
                <th className={th}>Segment</th>
                <th className={`${th} hidden md:table-cell`}>Conditions</th>
                <th className={`${th} text-right`}>Customers</th>
                <th className={`${th} hidden sm:table-cell`}>Updated</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {segments.map((s) => (
                <tr key={s.id} className="hover:bg-gray-50">
                  <td className={`${td} max-w-64`}>
                    <Link href={`${base}/${s.id}`} className="block truncate font-medium text-gray-900 hover:text-brand-700 hover:underline" title={s.name}>
                      {s.name}
                    </Link>
                    {s.description && <span className="line-clamp-2 text-xs text-gray-500">{s.description}</span>}
                  </td>
                  <td className={`${td} hidden text-gray-700 md:table-cell`}>
                    {s.definition ? (
                      <span className="flex flex-wrap gap-1">
                        {describeSegment(s.definition, { currency: ctx.currency, timeZone: ctx.timezone, clusters }).map((d) => (
                          <Badge key={d}>{d}</Badge>
                        ))}
                      </span>
                    ) : (
                      <Badge tone="red">Conditions no longer valid: edit to fix</Badge>
                    )}
                  </td>
                  <td className={`${td} whitespace-nowrap text-right text-base font-semibold tabular-nums text-gray-900`}>{s.size === null ? "—" : s.size.toLocaleString("en-US")}</td>
                  <td className={`${td} hidden whitespace-nowrap text-gray-600 sm:table-cell`}>{formatDate(s.updatedAt, ctx.timezone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableCard>
      )}
    </>
  );
}
