import Link from "next/link";
import { loadAudiencePage } from "@/components/bots/audience/load-audience-page";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { MessageBubble } from "@/components/bots/audience/message-bubble";
import { SubscriberStatusBadge } from "@/components/bots/audience/subscriber-status-badge";
import { SubscriberTagsForm } from "@/components/bots/audience/subscriber-tags-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getSubscriber, listSubscriberMessages } from "@/lib/bots";
import { subscriberDisplayName } from "@/lib/bots";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "Subscriber" };

// /[org]/bots/[botId]/subscribers/[subscriberId]: profile, linked customer, tags, fields, conversation.
export default async function SubscriberPage({ params, searchParams }: { params: Promise<{ org: string; botId: string; subscriberId: string }>; searchParams: Promise<{ page?: string }> }) {
  const { org, botId, subscriberId } = await params;
  const { ctx, bot, base } = await loadAudiencePage({ org, botId });
  const s = await orNotFound(getSubscriber({ orgId: ctx.orgId, botId: bot.id, subscriberId }));
  const messages = await listSubscriberMessages({ orgId: ctx.orgId, subscriberId: s.id, page: Number((await searchParams).page) || undefined });
  const variables = Object.entries((s.variables ?? {}) as Record<string, unknown>);
  const dt = (d: Date) => formatDateTime(d, ctx.timezone);
  return (
    <>
      <PageHeader title={subscriberDisplayName(s)} description={s.username ? `@${s.username}` : `Telegram user ${s.telegramUserId}`} actions={<ButtonLink href={`${base}/inbox?c=${s.id}`}>Open in inbox</ButtonLink>} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6">
          <Card>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-gray-500">Status</dt>
              <dd>
                <SubscriberStatusBadge status={s.status} />
              </dd>
              <dt className="text-gray-500">Customer</dt>
              <dd className="truncate">
                {s.customer ? (
                  <Link className="text-brand-700 hover:underline" href={`/${ctx.slug}/customers/${s.customer.id}`}>
                    {s.customer.name}
                  </Link>
                ) : (
                  <span className="text-gray-400">not linked</span>
                )}
              </dd>
              <dt className="text-gray-500">Subscribed</dt>
              <dd>{dt(s.createdAt)}</dd>
              <dt className="text-gray-500">Last seen</dt>
              <dd>{dt(s.lastInteractionAt)}</dd>
              {s.languageCode && (
                <>
                  <dt className="text-gray-500">Language</dt>
                  <dd>{s.languageCode}</dd>
                </>
              )}
            </dl>
          </Card>
          <Card>
            <SubscriberTagsForm org={ctx.slug} botId={bot.id} subscriberId={s.id} tags={s.tags} />
          </Card>
          <Card>
            <h2 className="mb-2 text-sm font-semibold text-gray-900">Fields</h2>
            {variables.length === 0 ? (
              <p className="text-sm text-gray-500">No fields yet: flows save answers here.</p>
            ) : (
              <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                {variables.map(([k, v]) => (
                  <div key={k} className="contents">
                    <dt className="font-mono text-xs text-gray-500">{k}</dt>
                    <dd className="break-words">{String(v)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </Card>
        </div>
        <section className="lg:col-span-2" aria-label="Conversation">
          <h2 className="mb-3 text-sm font-semibold text-gray-900">Conversation</h2>
          {messages.total === 0 ? (
            <p className="rounded-lg border border-dashed border-gray-300 bg-white p-6 text-center text-sm text-gray-500">No messages yet.</p>
          ) : (
            <>
              <ol className="space-y-2 rounded-lg bg-gray-50 p-3">
                {messages.items.map((m) => (
                  <MessageBubble key={m.id} message={m} timeLabel={dt(m.createdAt)} />
                ))}
              </ol>
              <Pagination page={messages.page} pageCount={messages.pageCount} total={messages.total} basePath={`${base}/subscribers/${s.id}`} query={{}} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
