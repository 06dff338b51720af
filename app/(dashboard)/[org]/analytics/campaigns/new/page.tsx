import { CampaignForm } from "@/components/analytics/campaigns/campaign-form";
import { SectionHeader } from "@/components/analytics/segments/section-header";
import { Card } from "@/components/ui/card";
import { campaignChannels } from "@/lib/analytics";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { createCampaignAction } from "../actions";

export const metadata = { title: "New campaign" };

const channels = Object.entries(campaignChannels).map(([value, label]) => ({ value, label }));

// /[org]/analytics/campaigns/new: the campaign form, empty
export default async function NewCampaignPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const base = `/${ctx.slug}/analytics/campaigns`;
  return (
    <div className="max-w-2xl">
      <SectionHeader title="New campaign" description={`Amounts are in ${ctx.currency}, your organization's currency.`} back={{ href: base, label: "Campaigns" }} />
      <Card>
        <CampaignForm org={ctx.slug} action={createCampaignAction} channels={channels} currency={ctx.currency} submitLabel="Create campaign" cancelHref={base} />
      </Card>
    </div>
  );
}
