import Link from "next/link";
import { loadAudiencePage } from "@/components/bots/audience/load-audience-page";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { BroadcastControls, BroadcastStatusBadge, LiveRefresh } from "@/components/bots/audience/broadcast-status";
import { DeliveriesTable } from "@/components/bots/audience/deliveries-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DeleteForm } from "@/components/ui/delete-form";
import { Pagination } from "@/components/ui/pagination";
import { readAudience } from "@/lib/bots/broadcasts/broadcast-audience";
import { type DeliveryStatusFilter, getBroadcast, listDeliveries } from "@/lib/bots/broadcasts/list-broadcasts";
import { formatDateTime } from "@/lib/format";
import { deleteDraftBroadcastAction } from "../actions";

export const metadata = { title: "Broadcast" };

const statusFilters: DeliveryStatusFilter[] = ["SENT", "FAILED", "BLOCKED", "PENDING"];

// /[org]/bots/[botId]/broadcasts/[broadcastId]: live progress, controls, each recipient's status; a draft can be edited or deleted.
export default async function BroadcastPage({ params, searchParams }: { params: Promise<{ org: string; botId: string; broadcastId: string }>; searchParams: Promise<{ status?: string; page?: string }> }) {
  const { org, botId, broadcastId } = await params;
  const { ctx, bot, base } = await loadAudiencePage({ org, botId });
  const b = await orNotFound(getBroadcast({ orgId: ctx.orgId, botId: bot.id, broadcastId }));
  const sp = await searchParams;
  const status = statusFilters.find((s) => s === sp.status);
  const deliveries = await listDeliveries({ broadcastId: b.id, status, page: Number(sp.page) || 1 });
  const audience = readAudience(b.audience);
  const done = b.sentCount + b.failedCount + b.blockedCount;
  const percent = b.totalCount ? Math.round((done / b.totalCount) * 100) : 0;
  const self = `${base}/broadcasts/${b.id}`;
  const stat = (label: string, value: number, tone = "text-gray-900") => (
    <div>
      <dt className="text-xs uppercase tracking-wide text-gray-500">{label}</dt>
      <dd className={`text-xl font-semibold tabular-nums ${tone}`}>{value}</dd>
    </div>
  );
  return (
    <>
      <LiveRefresh active={b.status === "SENDING" || b.status === "SCHEDULED"} />
      <PageHeader
        title={b.name || "Broadcast"}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            <BroadcastControls org={ctx.slug} botId={bot.id} broadcastId={b.id} status={b.status} />
            {b.status === "DRAFT" && (
              <ButtonLink href={`${self}/edit`} variant="secondary">
                Edit draft
              </ButtonLink>
            )}
            {b.status === "DRAFT" && <DeleteForm fields={{ org: ctx.slug, botId: bot.id, broadcastId: b.id }} confirmText="Delete this draft? This cannot be undone." action={deleteDraftBroadcastAction} label="Delete draft" />}
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="space-y-4 lg:col-span-2">
          <div className="flex flex-wrap items-center gap-3">
            <BroadcastStatusBadge status={b.status} />
            <span className="text-sm text-gray-600">
              {b.status === "SCHEDULED" && b.scheduledAt ? `Goes out ${formatDateTime(b.scheduledAt, ctx.timezone)}` : b.startedAt ? `Started ${formatDateTime(b.startedAt, ctx.timezone)}` : "Not started"}
              {b.finishedAt && ` · finished ${formatDateTime(b.finishedAt, ctx.timezone)}`}
            </span>
          </div>
          {b.startedAt && (
            <div>
              <div className="h-2 overflow-hidden rounded-full bg-gray-100" role="progressbar" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} aria-label="Progress">
                <div className="h-full bg-brand-600 transition-all" style={{ width: `${percent}%` }} />
              </div>
              <dl className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-4">
                {stat("Recipients", b.totalCount)}
                {stat("Sent", b.sentCount, "text-green-700")}
                {stat("Failed", b.failedCount, b.failedCount ? "text-red-700" : undefined)}
                {stat("Blocked", b.blockedCount, b.blockedCount ? "text-amber-700" : undefined)}
              </dl>
            </div>
          )}
        </Card>
        <Card className="space-y-2 text-sm">
          <h2 className="font-semibold text-gray-900">Message</h2>
          <p className="whitespace-pre-wrap break-words text-gray-800">{b.text}</p>
          {b.imageUrl && <p className="truncate text-gray-600">Image: {b.imageUrl}</p>}
          <h2 className="pt-2 font-semibold text-gray-900">Audience</h2>
          <p className="text-gray-700">
            {audience?.tags.length ? `Tags: ${audience.tags.join(", ")}` : "All active subscribers"}
            {audience?.customFields.map((f) => ` · ${f.key} = ${f.value}`)}
            {audience?.segmentId && " · an analytics segment"}
          </p>
        </Card>
      </div>
      {b.startedAt && (
        <section className="mt-6 space-y-3" aria-label="Recipients">
          <nav className="flex flex-wrap gap-2 text-sm" aria-label="Filter recipients">
            {[undefined, ...statusFilters].map((s) => (
              <Link key={s ?? "all"} href={s ? `${self}?status=${s}` : self} aria-current={s === status ? "page" : undefined} className={`rounded-full border px-3 py-1 ${s === status ? "border-brand-600 bg-brand-50 text-brand-700" : "border-gray-300 text-gray-700 hover:bg-gray-50"}`}>
                {s ? s.charAt(0) + s.slice(1).toLowerCase() : "All"}
              </Link>
            ))}
          </nav>
          {deliveries.total === 0 ? (
            <p className="rounded-lg border border-dashed border-gray-300 bg-white p-6 text-center text-sm text-gray-500">No recipients with this status.</p>
          ) : (
            <>
              <DeliveriesTable base={base} rows={deliveries.items} timezone={ctx.timezone} />
              <Pagination page={deliveries.page} pageCount={deliveries.pageCount} total={deliveries.total} basePath={self} query={{ status }} />
            </>
          )}
        </section>
      )}
    </>
  );
}
