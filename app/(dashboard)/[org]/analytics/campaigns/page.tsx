import { BudgetRecommendations } from "@/components/analytics/campaigns/budget-recommendations";
import { CampaignsTable } from "@/components/analytics/campaigns/campaigns-table";
import { RangeForm } from "@/components/analytics/campaigns/range-form";
import { ListPageHeader } from "@/components/analytics/segments/section-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { formatCalendarDate, todayIn } from "@/lib/analytics";
import { parseDateRange, rangePresets, rangeQuery } from "@/lib/analytics";
import { listCampaignTotals, overallTotals } from "@/lib/analytics";
import { minorToDecimal } from "@/lib/shared/parse-money";
import { parseBudgetSetup, planCampaignBudget } from "@/lib/analytics";
import { formatMoney } from "@/lib/format";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { first, type SearchParams } from "./load-campaign";

export const metadata = { title: "Campaigns" };

// /[org]/analytics/campaigns?from=&to=&budget=&objective=&minShare=: totals per campaign over a range, budget recommendations
export default async function CampaignsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: SearchParams }) {
  const ctx = await requireOrgPage((await params).org);
  const sp = await searchParams;
  const range = parseDateRange({ from: first(sp.from), to: first(sp.to), timeZone: ctx.timezone });
  const rows = await listCampaignTotals({ orgId: ctx.orgId, range });
  const base = `/${ctx.slug}/analytics/campaigns`;
  const q = rangeQuery(range);
  const budgetQuery = { budget: first(sp.budget), objective: first(sp.objective), minShare: first(sp.minShare) };
  const { setup, errors } = parseBudgetSetup(budgetQuery, ctx.currency);
  const money = (minor: number) => formatMoney(Math.round(minor), ctx.currency);
  const { plan, defaultTotal, excluded } = planCampaignBudget({ rows, currency: ctx.currency, today: todayIn(ctx.timezone), windowDays: range.days, setup, formatMoney: money });
  const rangeLabel = `${formatCalendarDate(range.from)} – ${formatCalendarDate(range.to)}`;

  return (
    <>
      <ListPageHeader
        title="Campaigns"
        description="What each campaign cost and brought in, from daily metrics you import. CTR, CPC, CPA, conversion rate and ROAS are over the whole range; “—” means there was nothing to divide by."
        newItem={rows.length > 0 ? { href: `${base}/new`, label: "New campaign" } : null}
        deletedNotice={sp.deleted === "1" ? "Campaign deleted." : null}
      />
      {rows.length === 0 ? (
        <EmptyState
          title="No campaigns yet"
          description="Add a campaign for each ad or promotion you run, then import its daily impressions, clicks, conversions, cost and revenue from a CSV export of the ad platform."
          action={<ButtonLink href={`${base}/new`}>New campaign</ButtonLink>}
        />
      ) : (
        <>
          <RangeForm basePath={base} from={q.from} to={q.to} presets={rangePresets(ctx.timezone)} keep={budgetQuery} />
          <p className="mb-3 text-sm text-gray-600">
            {rangeLabel} · {range.days} day{range.days === 1 ? "" : "s"}
          </p>
          <CampaignsTable basePath={base} rows={rows} overall={overallTotals(rows, ctx.currency)} currency={ctx.currency} query={`?${new URLSearchParams(q)}`} />
          <BudgetRecommendations
            basePath={base}
            plan={plan}
            currency={ctx.currency}
            values={{ budget: budgetQuery.budget ?? minorToDecimal(defaultTotal, ctx.currency), objective: setup.objective, minShare: budgetQuery.minShare ?? String(Math.round(setup.minShare * 100)) }}
            keep={q}
            errors={errors}
            rangeLabel={`the ${range.days}-day range ${rangeLabel}`}
            excluded={excluded}
          />
        </>
      )}
    </>
  );
}
