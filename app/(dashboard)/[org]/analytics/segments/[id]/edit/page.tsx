import { SectionHeader } from "@/components/analytics/segments/section-header";
import { SegmentForm } from "@/components/analytics/segments/segment-form";
import { getSegmentFormOptions } from "@/lib/analytics";
import { definitionToForm, emptySegmentForm } from "@/lib/analytics";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { previewSegmentAction, updateSegmentAction } from "../../actions";
import { loadSegmentOr404 } from "../../load-segment";

export const metadata = { title: "Edit segment" };

// /[org]/analytics/segments/[id]/edit: the segment form, prefilled
export default async function EditSegmentPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const ctx = await requireOrgPage(org);
  const segment = await loadSegmentOr404({ orgId: ctx.orgId, segmentId: id });
  const options = await getSegmentFormOptions({ orgId: ctx.orgId, currency: ctx.currency, timeZone: ctx.timezone });
  const fmt = { currency: ctx.currency, timeZone: ctx.timezone };
  const initial = { ...emptySegmentForm(), ...(segment.definition ? definitionToForm(segment.definition, fmt) : {}), name: segment.name, description: segment.description ?? "" };
  const detail = `/${ctx.slug}/analytics/segments/${segment.id}`;
  return (
    <>
      <SectionHeader title={`Edit ${segment.name}`} back={{ href: detail, label: segment.name }} />
      <SegmentForm org={ctx.slug} action={updateSegmentAction} previewAction={previewSegmentAction} segmentId={segment.id} initial={initial} options={options} submitLabel="Save changes" cancelHref={detail} />
    </>
  );
}
