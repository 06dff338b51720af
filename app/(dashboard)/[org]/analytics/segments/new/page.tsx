import { SectionHeader } from "@/components/analytics/segments/section-header";
import { SegmentForm } from "@/components/analytics/segments/segment-form";
import { getSegmentFormOptions } from "@/lib/analytics";
import { segmentFormFromQuery } from "@/lib/analytics";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { createSegmentAction, previewSegmentAction } from "../actions";

export const metadata = { title: "New segment" };

// /[org]/analytics/segments/new?rfmSegments=At%20Risk&churnRisk=HIGH: the form, prefilled from the query
export default async function NewSegmentPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireOrgPage((await params).org);
  const initial = segmentFormFromQuery(await searchParams);
  const options = await getSegmentFormOptions({ orgId: ctx.orgId, currency: ctx.currency, timeZone: ctx.timezone });
  const base = `/${ctx.slug}/analytics/segments`;
  return (
    <>
      <SectionHeader title="New segment" back={{ href: base, label: "Segments" }} />
      <SegmentForm org={ctx.slug} action={createSegmentAction} previewAction={previewSegmentAction} initial={initial} options={options} submitLabel="Save segment" cancelHref={base} />
    </>
  );
}
