import { PromoCodeForm } from "@/components/ticketing/promo-code-form";
import { PromoCodesList } from "@/components/ticketing/promo-codes-list";
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import Link from "next/link";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { getEvent } from "@/lib/ticketing";
import { listPromoCodeOptions, listPromoCodes, promoCodeToForm } from "@/lib/ticketing";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { createPromoCodeAction } from "../../promo-codes/actions";

export const metadata = { title: "Promo codes" };

// /[org]/events/[eventId]/promo-codes: codes valid on this event (its own and org-wide ones); add one for it.
export default async function EventPromoCodesPage({ params, searchParams }: { params: Promise<{ org: string; eventId: string }>; searchParams: Promise<{ page?: string }> }) {
  const { org, eventId } = await params;
  const ctx = await requireOrgPage(org);
  const event = await orNotFound(getEvent({ orgId: ctx.orgId, eventId }));
  const [list, options] = await Promise.all([listPromoCodes({ orgId: ctx.orgId, eventId: event.id, page: Number.parseInt((await searchParams).page ?? "1", 10) || 1 }), listPromoCodeOptions({ orgId: ctx.orgId })]);
  const canManage = hasRole(ctx.role, "ADMIN");
  const common = { org: ctx.slug, currency: ctx.currency, timeZone: ctx.timezone, segments: options.segments, fixedEventId: event.id };
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm text-gray-600">
        Codes buyers can use on this event. Codes for every event are managed in{" "}
        <Link href={`/${ctx.slug}/events/promo-codes`} className="text-brand-700 underline">
          all promo codes
        </Link>
        .
      </p>
      {list.total === 0 ? (
        <EmptyState title="No promo codes for this event" description="Create one below to offer a discount at checkout." />
      ) : (
        <>
          <PromoCodesList {...common} rows={list.items} canManage={canManage} />
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={`/${ctx.slug}/events/${event.id}/promo-codes`} query={{}} />
        </>
      )}
      {canManage && (
        <Card>
          <h2 className="mb-4 text-base font-semibold text-gray-900">New promo code for this event</h2>
          <PromoCodeForm key={list.total} {...common} action={createPromoCodeAction} initial={promoCodeToForm(null, ctx.currency, ctx.timezone, event.id)} submitLabel="Create promo code" />
        </Card>
      )}
    </div>
  );
}
