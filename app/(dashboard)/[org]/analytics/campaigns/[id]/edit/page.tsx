import { CampaignForm } from "@/components/analytics/campaigns/campaign-form";
import { SectionHeader } from "@/components/analytics/segments/section-header";
import { Card } from "@/components/ui/card";
import { toIsoDate } from "@/lib/analytics";
import { campaignChannels, channelLabel } from "@/lib/analytics";
import { minorToDecimal } from "@/lib/shared/parse-money";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { updateCampaignAction } from "../../actions";
import { loadCampaignOr404 } from "../../load-campaign";

export const metadata = { title: "Edit campaign" };

// /[org]/analytics/campaigns/[id]/edit: the campaign form, prefilled
export default async function EditCampaignPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const ctx = await requireOrgPage(org);
  const c = await loadCampaignOr404({ orgId: ctx.orgId, campaignId: id });
  const channels = Object.entries(campaignChannels).map(([value, label]) => ({ value, label }));
  // A channel written by another area (e.g. a broadcast) stays selectable as it is.
  if (!channels.some((ch) => ch.value === c.channel)) channels.push({ value: c.channel, label: channelLabel(c.channel) });
  const detail = `/${ctx.slug}/analytics/campaigns/${c.id}`;
  const initial = { name: c.name, channel: c.channel, dailyBudget: c.dailyBudget === null ? "" : minorToDecimal(c.dailyBudget, c.currency), startsOn: c.startsOn ? toIsoDate(c.startsOn) : "", endsOn: c.endsOn ? toIsoDate(c.endsOn) : "" };
  return (
    <div className="max-w-2xl">
      <SectionHeader title={`Edit ${c.name}`} back={{ href: detail, label: c.name }} />
      <Card>
        <CampaignForm org={ctx.slug} action={updateCampaignAction} campaignId={c.id} initial={initial} channels={channels} currency={c.currency} submitLabel="Save changes" cancelHref={detail} />
      </Card>
    </div>
  );
}
