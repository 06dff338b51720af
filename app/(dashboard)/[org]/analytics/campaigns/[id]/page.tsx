import { CampaignDaysTable } from "@/components/analytics/campaigns/campaign-days-table";
import { DeleteCampaignButton } from "@/components/analytics/campaigns/delete-campaign-button";
import { RangeForm } from "@/components/analytics/campaigns/range-form";
import { RoasCpaChart } from "@/components/analytics/campaigns/roas-cpa-chart";
import { SectionHeader } from "@/components/analytics/segments/section-header";
import { ButtonLink } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { formatCalendarDate, toIsoDate } from "@/lib/analytics";
import { campaignMetrics, sumTotals } from "@/lib/analytics";
import { channelLabel } from "@/lib/analytics";
import { ATTRIBUTION_DAYS } from "@/lib/analytics";
import { parseDateRange, rangePresets, rangeQuery } from "@/lib/analytics";
import { formatCount, formatPercent, formatRoas, formatUnitCost } from "@/lib/analytics";
import { listCampaignDays } from "@/lib/analytics";
import { currencyDigits } from "@/lib/shared/parse-money";
import { formatMoney } from "@/lib/format";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { deleteCampaignAction } from "../actions";
import { first, loadCampaignOr404, type SearchParams } from "../load-campaign";

export const metadata = { title: "Campaign" };

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Card className="min-w-0 p-4">
      <p className="truncate text-xs font-medium uppercase tracking-wide text-gray-500">{label}</p>
      <p className={`mt-1 truncate text-xl font-semibold tabular-nums ${value === "—" ? "text-gray-400" : "text-gray-900"}`} title={value}>
        {value}
      </p>
      {note && <p className="mt-0.5 text-xs text-gray-500">{note}</p>}
    </Card>
  );
}

// /[org]/analytics/campaigns/[id]?from=&to=: one campaign's metrics, ROAS/CPA over time and its days
export default async function CampaignPage({ params, searchParams }: { params: Promise<{ org: string; id: string }>; searchParams: SearchParams }) {
  const { org, id } = await params;
  const ctx = await requireOrgPage(org);
  const c = await loadCampaignOr404({ orgId: ctx.orgId, campaignId: id });
  const sp = await searchParams;
  const range = parseDateRange({ from: first(sp.from), to: first(sp.to), timeZone: ctx.timezone });
  const days = await listCampaignDays({ orgId: ctx.orgId, campaignId: c.id, range });
  const totals = sumTotals(days);
  const metrics = campaignMetrics(totals);
  const base = `/${ctx.slug}/analytics/campaigns`;
  const q = rangeQuery(range);
  const detail = `${base}/${c.id}`;
  const fromBroadcast = c.broadcastId !== null;
  const importLink = fromBroadcast ? null : <ButtonLink href={`${detail}/import`}>Import CSV</ButtonLink>;
  const meta = [
    fromBroadcast ? `Telegram broadcast: delivered messages and the recipients' orders within ${ATTRIBUTION_DAYS} days, updated with each recompute` : channelLabel(c.channel),
    c.dailyBudget !== null ? `${formatMoney(c.dailyBudget, c.currency)} per day` : null,
    c.startsOn || c.endsOn ? `${c.startsOn ? formatCalendarDate(c.startsOn) : "…"} – ${c.endsOn ? formatCalendarDate(c.endsOn) : "open"}` : null,
  ].filter(Boolean);

  return (
    <>
      <SectionHeader
        title={c.name}
        description={meta.join(" · ")}
        back={{ href: `${base}?${new URLSearchParams(q)}`, label: "Campaigns" }}
        actions={
          <>
            {importLink}
            <ButtonLink href={`${detail}/edit`} variant="secondary">
              Edit
            </ButtonLink>
            <DeleteCampaignButton org={ctx.slug} campaignId={c.id} name={c.name} action={deleteCampaignAction} />
          </>
        }
      />
      <RangeForm basePath={detail} from={q.from} to={q.to} presets={rangePresets(ctx.timezone)} />
      {days.length === 0 ? (
        <EmptyState
          title="No metrics in this range"
          description={`Nothing recorded between ${formatCalendarDate(range.from)} and ${formatCalendarDate(range.to)}. ${fromBroadcast ? "Pick" : "Import a CSV of daily metrics, or pick"} another range.`}
          action={importLink ?? undefined}
        />
      ) : (
        <>
          <div className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4">
            <Stat label="Cost" value={formatMoney(totals.cost, c.currency)} note={`${days.length} day${days.length === 1 ? "" : "s"} with data`} />
            <Stat label="Revenue" value={formatMoney(totals.revenue, c.currency)} />
            <Stat label="ROAS" value={formatRoas(metrics.roas)} note="revenue / cost" />
            <Stat label="CPA" value={formatUnitCost(metrics.cpa, c.currency)} note={`${formatCount(totals.conversions)} conversions`} />
            <Stat label="CTR" value={formatPercent(metrics.ctr)} note={`${formatCount(totals.clicks)} clicks`} />
            <Stat label="CPC" value={formatUnitCost(metrics.cpc, c.currency)} note={`${formatCount(totals.impressions)} impr.`} />
            <Stat label="Conv. rate" value={formatPercent(metrics.conversionRate)} note="conversions / clicks" />
          </div>
          <div className="mb-6">
            <RoasCpaChart points={days.map((d) => ({ date: toIsoDate(d.date), roas: d.metrics.roas, cpa: d.metrics.cpa }))} currency={c.currency} digits={currencyDigits(c.currency)} />
          </div>
          <CampaignDaysTable days={days} total={{ totals, metrics }} currency={c.currency} />
        </>
      )}
    </>
  );
}
