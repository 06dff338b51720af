import { MetricsImportWizard } from "@/components/analytics/campaigns/metrics-import-wizard";
import { SectionHeader } from "@/components/analytics/segments/section-header";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { importMetricsAction, previewMetricsImportAction } from "../../actions";
import { loadCampaignOr404 } from "../../load-campaign";

export const metadata = { title: "Import campaign metrics" };

// /[org]/analytics/campaigns/[id]/import: preview a CSV of daily metrics, then import all of it or nothing
export default async function ImportCampaignMetricsPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const ctx = await requireOrgPage(org);
  const c = await loadCampaignOr404({ orgId: ctx.orgId, campaignId: id });
  const detail = `/${ctx.slug}/analytics/campaigns/${c.id}`;
  const template = "date,impressions,clicks,conversions,cost,revenue\r\n2025-03-01,12000,340,12,85.50,420.00\r\n2025-03-02,11850,322,9,84.10,310.50\r\n";
  return (
    <>
      <SectionHeader title={`Import daily metrics: ${c.name}`} description="From a CSV export of the ad platform or a spreadsheet." back={{ href: detail, label: c.name }} />
      <MetricsImportWizard org={ctx.slug} campaignId={c.id} campaignHref={detail} currency={c.currency} template={template} previewAction={previewMetricsImportAction} importAction={importMetricsAction} />
    </>
  );
}
