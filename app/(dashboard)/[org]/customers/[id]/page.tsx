import Link from "next/link";
import { PredictionCard } from "@/components/analytics/prediction-card";
import { CustomerTimeline } from "@/components/customers/customer-timeline";
import { DeleteCustomerButton } from "@/components/customers/delete-customer-button";
import { SourceBadge, TagList } from "@/components/customers/source-badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { getCustomerPrediction } from "@/lib/analytics";
import { getCustomerStats } from "@/lib/customers";
import { getCustomerTimeline } from "@/lib/customers";
import { formatSpend } from "@/lib/customers";
import { formatDate, formatDateTime } from "@/lib/format";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { deleteCustomerAction } from "../actions";
import { loadCustomerOr404 } from "../load-customer";

export const metadata = { title: "Customer" };

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card className="p-4">
      <p className="text-xs font-medium uppercase tracking-wide text-gray-500">{label}</p>
      <p className="mt-1 text-lg font-semibold text-gray-900 tabular-nums">{value}</p>
    </Card>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-3 py-2.5">
      <dt className="text-sm text-gray-500">{label}</dt>
      <dd className="col-span-2 min-w-0 break-words text-sm text-gray-900">{children}</dd>
    </div>
  );
}

const none = <span className="text-gray-400">—</span>;

// /[org]/customers/[id]: profile, stats and timeline of one customer of this org
export default async function CustomerPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const ctx = await requireOrgPage(org);
  const customer = await loadCustomerOr404({ orgId: ctx.orgId, customerId: id });
  const [stats, timeline, prediction] = await Promise.all([
    getCustomerStats({ orgId: ctx.orgId, customerId: customer.id, currency: ctx.currency }),
    getCustomerTimeline({ orgId: ctx.orgId, customerId: customer.id }),
    getCustomerPrediction({ orgId: ctx.orgId, customerId: customer.id }),
  ]);
  const base = `/${ctx.slug}/customers`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={base} className="text-gray-600 hover:text-gray-900 hover:underline">
          ← Customers
        </Link>
      </p>
      <PageHeader
        title={customer.name}
        description={[customer.email, customer.phone].filter(Boolean).join(" · ") || undefined}
        actions={
          <>
            <ButtonLink href={`${base}/${customer.id}/edit`} variant="secondary">
              Edit
            </ButtonLink>
            {stats.orders === 0 ? (
              <DeleteCustomerButton org={ctx.slug} customerId={customer.id} name={customer.name} action={deleteCustomerAction} />
            ) : (
              <span className="self-center text-xs text-gray-500" title="Orders are the purchase log and keep their customer.">
                Has orders, cannot be deleted
              </span>
            )}
          </>
        }
      />
      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Orders" value={stats.paidOrders === stats.orders ? String(stats.orders) : `${stats.paidOrders} paid of ${stats.orders}`} />
        <Stat label="Total spent" value={formatSpend(stats.totals, ctx.currency)} />
        <Stat label="First purchase" value={stats.firstPurchaseAt ? formatDate(stats.firstPurchaseAt, ctx.timezone) : "—"} />
        <Stat label="Last purchase" value={stats.lastPurchaseAt ? formatDate(stats.lastPurchaseAt, ctx.timezone) : "—"} />
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <h2 className="mb-2 text-base font-semibold text-gray-900">Profile</h2>
            <dl className="divide-y divide-gray-100">
              <Row label="Email">
                {customer.email ? (
                  <a href={`mailto:${customer.email}`} className="hover:underline">
                    {customer.email}
                  </a>
                ) : (
                  none
                )}
              </Row>
              <Row label="Phone">{customer.phone ?? none}</Row>
              <Row label="Telegram id">{customer.telegramUserId?.toString() ?? none}</Row>
              <Row label="Source">
                <SourceBadge source={customer.source} />
              </Row>
              <Row label="Tags">
                <TagList tags={customer.tags} />
              </Row>
              <Row label="Created">{formatDateTime(customer.createdAt, ctx.timezone)}</Row>
              <Row label="Notes">{customer.notes ? <span className="whitespace-pre-wrap">{customer.notes}</span> : none}</Row>
            </dl>
          </Card>
          <PredictionCard prediction={prediction} slug={ctx.slug} currency={ctx.currency} timezone={ctx.timezone} hasPaidOrders={stats.paidOrders > 0} />
        </div>
        <Card className="lg:col-span-3">
          <h2 className="mb-4 text-base font-semibold text-gray-900">Timeline</h2>
          <CustomerTimeline items={timeline} timezone={ctx.timezone} slug={ctx.slug} />
        </Card>
      </div>
    </>
  );
}
