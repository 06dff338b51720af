import Link from "next/link";
import { loadAudiencePage } from "@/components/bots/audience/load-audience-page";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { BroadcastControls, BroadcastStatusBadge, LiveRefresh } from "@/components/bots/audience/broadcast-status";
import { DeliveriesTable } from "@/components/bots/audience/deliveries-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { DeleteForm } from "@/components/ui/delete-form";
import { Pagination } from "@/components/ui/pagination";
import { BroadcastTestSend } from "@/components/bots/audience/broadcast-test-send";
import { TelegramHtml } from "@/components/bots/telegram-html";
import { countSavedAudience, readAudience } from "@/lib/bots";
import { chatLabel, findOwnSubscriber, ownChatMissing } from "@/lib/bots";
import { type DeliveryStatusFilter, getBroadcast, listDeliveries } from "@/lib/bots";
import { formatDateTime } from "@/lib/format";
import { deleteDraftBroadcastAction } from "../actions";

export const metadata = { title: "Broadcast" };

const statusFilters: DeliveryStatusFilter[] = ["SENT", "FAILED", "BLOCKED", "PENDING"];

// /[org]/bots/[botId]/broadcasts/[broadcastId]: the message as Telegram shows it, live progress, the controls its state allows,
// each recipient's status; before it goes out, the recipients it would reach now and a test send to the user's own chat.
export default async function BroadcastPage({ params, searchParams }: { params: Promise<{ org: string; botId: string; broadcastId: string }>; searchParams: Promise<{ status?: string; page?: string }> }) {
  const { org, botId, broadcastId } = await params;
  const { ctx, bot, base } = await loadAudiencePage({ org, botId });
  const b = await orNotFound(getBroadcast({ orgId: ctx.orgId, botId: bot.id, broadcastId }));
  const sp = await searchParams;
  const status = statusFilters.find((s) => s === sp.status);
  const deliveries = await listDeliveries({ broadcastId: b.id, status, page: Number(sp.page) || 1 });
  const audience = readAudience(b.audience);
  const unsent = b.status === "DRAFT" || b.status === "SCHEDULED";
  // Before it goes out: who it would reach now, and the user's own chat for a test.
  const recipientsNow = unsent ? await countSavedAudience({ orgId: ctx.orgId, botId: bot.id, audience: b.audience }) : null;
  const own = unsent ? await findOwnSubscriber({ orgId: ctx.orgId, botId: bot.id, userId: ctx.userId }) : null;
  const buttons = (Array.isArray(b.buttons) ? b.buttons : []) as { text: string; url: string }[];
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
              <>
                <ButtonLink href={`${self}/edit?when=schedule`} variant="secondary">
                  Schedule
                </ButtonLink>
                <ButtonLink href={`${self}/edit`} variant="secondary">
                  Edit draft
                </ButtonLink>
                <DeleteForm fields={{ org: ctx.slug, botId: bot.id, broadcastId: b.id }} confirmText="Delete this draft? This cannot be undone." action={deleteDraftBroadcastAction} label="Delete draft" />
              </>
            )}
          </div>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="space-y-4 lg:col-span-2 lg:self-start">
          <div className="flex flex-wrap items-center gap-3">
            <BroadcastStatusBadge status={b.status} />
            <span className="text-sm text-gray-600">
              {b.status === "SCHEDULED" && b.scheduledAt ? `Goes out ${formatDateTime(b.scheduledAt, ctx.timezone)}` : b.startedAt ? `Started ${formatDateTime(b.startedAt, ctx.timezone)}` : "Not started"}
              {b.finishedAt && ` · finished ${formatDateTime(b.finishedAt, ctx.timezone)}`}
            </span>
          </div>
          {unsent && (
            <p className="text-sm text-gray-700" data-testid="recipients-now">
              {recipientsNow === null ? (
                "The audience cannot be counted: its segment was deleted. Edit the draft to choose another audience."
              ) : (
                <>
                  <span className="text-xl font-semibold tabular-nums text-gray-900">{recipientsNow}</span> recipient{recipientsNow === 1 ? "" : "s"} right now (active subscribers in the audience; counted again when it goes out).
                </>
              )}
            </p>
          )}
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
          <h2 className="font-semibold text-gray-900">Message, as Telegram shows it</h2>
          <div className="rounded-lg bg-sky-50 p-3" aria-label="Message preview">
            <div className="max-w-full rounded-lg bg-white px-3 py-2 text-gray-900 shadow-sm">
              {b.imageUrl && <p className="mb-1 truncate rounded bg-gray-100 px-2 py-6 text-center text-xs text-gray-500">Image: {b.imageUrl}</p>}
              <p className="whitespace-pre-wrap break-words">
                <TelegramHtml html={b.text} />
              </p>
            </div>
            {buttons.map((button) => (
              <a key={`${button.text}${button.url}`} href={button.url} target="_blank" rel="noopener noreferrer nofollow" className="mt-1 block truncate rounded-lg bg-white/80 px-3 py-1.5 text-center text-sm font-medium text-sky-700 shadow-sm">
                {button.text} ↗
              </a>
            ))}
          </div>
          {/\{\{/.test(b.text) && <p className="text-xs text-gray-500">{"{{…}}"} are filled in for each recipient.</p>}
          <h2 className="pt-2 font-semibold text-gray-900">Audience</h2>
          <p className="text-gray-700">
            {audience?.tags.length ? `Tags: ${audience.tags.join(", ")}` : "All active subscribers"}
            {audience?.customFields.map((f) => ` · ${f.key} = ${f.value}`)}
            {audience?.segmentId && " · an analytics segment"}
          </p>
          {unsent && own && (
            <>
              <h2 className="pt-2 font-semibold text-gray-900">Test</h2>
              <BroadcastTestSend
                org={ctx.slug}
                botId={bot.id}
                broadcastId={b.id}
                to={own.subscriber ? chatLabel(own.subscriber) : null}
                missing={own.subscriber ? null : ownChatMissing({ email: own.email, botUsername: bot.username, blocked: own.blocked })}
              />
            </>
          )}
        </Card>
      </div>
      {b.startedAt && (
        <section className="mt-6 space-y-3" aria-label="Recipients">
          <nav className="flex flex-wrap gap-2 text-sm" aria-label="Filter recipients">
            {[undefined, ...statusFilters].map((s) => (
              <Link
                key={s ?? "all"}
                href={s ? `${self}?status=${s}` : self}
                aria-current={s === status ? "page" : undefined}
                className={`rounded-full border px-3 py-1 ${s === status ? "border-brand-600 bg-brand-50 text-brand-700" : "border-gray-300 text-gray-700 hover:bg-gray-50"}`}
              >
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
