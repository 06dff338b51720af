// The Overview's sections as async server components: the page starts every query at once and
// hands each section its promise, so each part streams in (behind its own Suspense skeleton) as
// soon as its own aggregate is done instead of the page waiting for the slowest one.
import { Card } from "@/components/ui/card";
import type { CohortRetention } from "@/lib/analytics";
import { MAX_COHORTS } from "@/lib/analytics";
import type { CustomerMix } from "@/lib/analytics";
import type { Bucket } from "@/lib/analytics";
import type { RevenuePoint } from "@/lib/analytics";
import type { TopCustomer } from "@/lib/analytics";
import { formatMoney } from "@/lib/format";
import { ChartCard } from "./chart-card";
import { CohortHeatmap, CohortTable } from "./cohort-heatmap";
import { CustomerMixChart } from "./customer-mix-chart";
import { DataTable } from "./data-table";
import { formatPercent, periodTitle } from "./format-analytics";
import { RevenueChart } from "./revenue-chart";
import { SourceChart } from "./source-chart";
import { TopCustomersBars, TopCustomersTable } from "./top-customers";

type Ctx = { currency: string; timezone: string; bucket: Bucket };

export function Kpi({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Card className="p-4">
      <p className="text-xs font-medium uppercase tracking-wide text-gray-500">{label}</p>
      <p className="mt-1 text-xl font-semibold tabular-nums text-gray-900">{value}</p>
      {note && <p className="mt-0.5 text-xs text-gray-500">{note}</p>}
    </Card>
  );
}

const sum = (series: RevenuePoint[], key: keyof Omit<RevenuePoint, "period">) => series.reduce((s, p) => s + p[key], 0);

export async function RevenueKpis({ series, currency }: { series: Promise<RevenuePoint[]>; currency: string }) {
  const s = await series;
  const revenue = sum(s, "revenue"),
    orders = sum(s, "orders");
  return (
    <>
      <Kpi label="Revenue" value={formatMoney(revenue, currency)} note={`${currency}, paid orders`} />
      <Kpi label="Orders" value={orders.toLocaleString("en-US")} />
      <Kpi label="Average order" value={orders ? formatMoney(Math.round(revenue / orders), currency) : "—"} />
    </>
  );
}

export async function CustomerKpis({ mix }: { mix: Promise<CustomerMix> }) {
  const m = await mix;
  return (
    <>
      <Kpi label="Customers" value={m.totalCustomers.toLocaleString("en-US")} note="bought in this range" />
      <Kpi label="New customers" value={m.newCustomers.toLocaleString("en-US")} note={m.totalCustomers ? `${formatPercent(m.newCustomers / m.totalCustomers)} of buyers: first purchase ever` : "first purchase ever"} />
    </>
  );
}

export async function RevenueSection({ series, ctx }: { series: Promise<RevenuePoint[]>; ctx: Ctx }) {
  const s = await series;
  const money = (v: number) => formatMoney(v, ctx.currency);
  return (
    <ChartCard
      title="Revenue and orders"
      description={`Per ${ctx.bucket}, in ${ctx.timezone} time`}
      empty={sum(s, "orders") === 0}
      emptyText="No paid orders in this range. Revenue appears here as tickets and bookings are paid."
      chart={<RevenueChart data={s} bucket={ctx.bucket} currency={ctx.currency} />}
      table={<DataTable caption="Revenue and orders per period" head={["Period", "Revenue", "Orders"]} rows={s.map((p) => [periodTitle(p.period, ctx.bucket), money(p.revenue), p.orders.toLocaleString("en-US")])} />}
    />
  );
}

export async function CustomerMixSection({ mix, ctx }: { mix: Promise<CustomerMix>; ctx: Ctx }) {
  const m = await mix;
  return (
    <ChartCard
      title="New vs returning customers"
      description={`Buyers per ${ctx.bucket}: new in the ${ctx.bucket} of their first purchase ever`}
      empty={m.totalCustomers === 0}
      emptyText="No buyers in this range yet."
      chart={<CustomerMixChart data={m.points} bucket={ctx.bucket} />}
      table={
        <DataTable
          caption="New and returning buyers per period"
          head={["Period", "New", "Returning"]}
          rows={m.points.map((p) => [periodTitle(p.period, ctx.bucket), p.newCustomers.toLocaleString("en-US"), p.returningCustomers.toLocaleString("en-US")])}
        />
      }
    />
  );
}

export async function SourceSection({ series, ctx }: { series: Promise<RevenuePoint[]>; ctx: Ctx }) {
  const s = await series;
  const money = (v: number) => formatMoney(v, ctx.currency);
  const tickets = sum(s, "ticketRevenue"),
    bookings = sum(s, "bookingRevenue"),
    total = sum(s, "revenue");
  return (
    <ChartCard
      title="Revenue by source"
      description={`Tickets ${money(tickets)}${total ? ` (${formatPercent(tickets / total)})` : ""} · Bookings ${money(bookings)}${total ? ` (${formatPercent(bookings / total)})` : ""}`}
      empty={sum(s, "orders") === 0}
      emptyText="No ticket or booking revenue in this range yet."
      chart={<SourceChart data={s} bucket={ctx.bucket} currency={ctx.currency} />}
      table={
        <DataTable
          caption="Revenue by source per period"
          head={["Period", "Tickets", "Bookings", "Total"]}
          rows={[...s.map((p) => [periodTitle(p.period, ctx.bucket), money(p.ticketRevenue), money(p.bookingRevenue), money(p.revenue)]), [<strong key="total">Total</strong>, money(tickets), money(bookings), money(total)]]}
        />
      }
    />
  );
}

export async function CohortSection({ cohorts }: { cohorts: Promise<CohortRetention> }) {
  const c = await cohorts;
  return (
    <ChartCard
      title="Cohort retention"
      description={`Customers by month of first purchase, and the share of them buying in each following month${c.omitted ? ` (latest ${MAX_COHORTS} cohorts; ${c.omitted} earlier not shown)` : ""}`}
      empty={c.cohorts.length === 0}
      emptyText="No first purchases in this range. Cohorts start with each customer's first paid order."
      chart={
        <div className="overflow-x-auto">
          <CohortHeatmap cohorts={c.cohorts} />
        </div>
      }
      table={<CohortTable cohorts={c.cohorts} />}
    />
  );
}

export async function TopCustomersSection({ top, slug, currency }: { top: Promise<TopCustomer[]>; slug: string; currency: string }) {
  const t = await top;
  return (
    <ChartCard
      title="Top customers"
      description="By revenue in this range"
      empty={t.length === 0}
      emptyText="No paying customers in this range yet."
      chart={<TopCustomersBars rows={t} slug={slug} currency={currency} />}
      table={<TopCustomersTable rows={t} slug={slug} currency={currency} />}
    />
  );
}

/** Placeholder while a section's query runs. */
export function SectionSkeleton({ title, height = 280 }: { title: string; height?: number }) {
  return (
    <section aria-busy="true" aria-label={`${title}, loading`} className="rounded-lg border border-gray-200 bg-white p-5 shadow-sm">
      <h2 className="text-base font-semibold text-gray-900">{title}</h2>
      <div className="mt-4 animate-pulse rounded-md bg-gray-100" style={{ height }} />
    </section>
  );
}

export function KpiSkeleton({ count }: { count: number }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} aria-hidden className="h-[88px] animate-pulse rounded-lg border border-gray-200 bg-white shadow-sm" />
      ))}
    </>
  );
}
