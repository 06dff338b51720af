import { PromoCodeForm } from "@/components/ticketing/promo-code-form";
import { PromoCodesList } from "@/components/ticketing/promo-codes-list";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { listPromoCodeOptions, listPromoCodes, promoCodeToForm } from "@/lib/ticketing";
import { createPromoCodeAction } from "./actions";

export const metadata = { title: "Promo codes" };

// /[org]/events/promo-codes: every promo code of the org, for all events or one; add and edit (OWNER/ADMIN).
export default async function PromoCodesPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ page?: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const [list, options] = await Promise.all([listPromoCodes({ orgId: ctx.orgId, page: Number.parseInt((await searchParams).page ?? "1", 10) || 1 }), listPromoCodeOptions({ orgId: ctx.orgId })]);
  const canManage = hasRole(ctx.role, "ADMIN");
  const common = { org: ctx.slug, currency: ctx.currency, timeZone: ctx.timezone, events: options.events, segments: options.segments };
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title="Promo codes" description="Discounts buyers enter at checkout: for every event or one, limited in uses and time, optionally only for a customer segment." />
      {list.total === 0 ? (
        <EmptyState title="No promo codes yet" description={canManage ? "Create a code below, e.g. EARLYBIRD for 15% off." : "Owners and admins can create promo codes."} />
      ) : (
        <>
          <PromoCodesList {...common} rows={list.items} canManage={canManage} />
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={`/${ctx.slug}/events/promo-codes`} query={{}} />
        </>
      )}
      {canManage && (
        <Card>
          <h2 className="mb-4 text-base font-semibold text-gray-900">New promo code</h2>
          <PromoCodeForm key={list.total} {...common} action={createPromoCodeAction} initial={promoCodeToForm(null, ctx.currency, ctx.timezone)} submitLabel="Create promo code" />
        </Card>
      )}
    </div>
  );
}
