import { SubscriberFiltersBar } from "@/components/bots/audience/subscriber-filters-bar";
import { SubscribersTable } from "@/components/bots/audience/subscribers-table";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { loadAudiencePage } from "@/components/bots/audience/load-audience-page";
import { countSubscribers, listSubscribers, listSubscriberTags } from "@/lib/bots";
import { parseSubscriberFilters } from "@/lib/bots";

export const metadata = { title: "Subscribers" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// /[org]/bots/[botId]/subscribers: search, filter, bulk tag and export the bot's subscribers.
export default async function SubscribersPage({ params, searchParams }: { params: Promise<{ org: string; botId: string }>; searchParams: SearchParams }) {
  const { ctx, bot, base } = await loadAudiencePage(await params);
  const sp = await searchParams;
  const filters = parseSubscriberFilters({ q: first(sp.q), tag: first(sp.tag), status: first(sp.status) });
  const page = Number.parseInt(first(sp.page) ?? "1", 10) || 1;
  const scope = { orgId: ctx.orgId, botId: bot.id };
  const [list, totalInBot, tags] = await Promise.all([listSubscribers({ ...scope, filters, page }), countSubscribers(scope), listSubscriberTags(scope)]);
  const query = { q: filters.q, tag: filters.tag, status: filters.status };
  const exportParams = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <>
      <PageHeader
        title="Subscribers"
        description={`Everyone who started @${bot.username}: tags, fields, and their conversation.`}
        actions={
          totalInBot > 0 && (
            <a href={`${base}/subscribers/export${exportParams.size ? `?${exportParams}` : ""}`} className={buttonClass("secondary")} download>
              Export CSV
            </a>
          )
        }
      />
      {totalInBot === 0 ? (
        <EmptyState title="No subscribers yet" description="People appear here as soon as they write to your bot in Telegram. Share its link t.me/… to get the first ones." />
      ) : (
        <>
          <SubscriberFiltersBar basePath={`${base}/subscribers`} filters={filters} tags={tags} />
          {list.total === 0 ? (
            <EmptyState
              title="No subscribers match these filters"
              description={`None of the ${totalInBot} subscribers match. Try another search, tag or status.`}
              action={
                <ButtonLink href={`${base}/subscribers`} variant="secondary">
                  Clear filters
                </ButtonLink>
              }
            />
          ) : (
            <>
              <SubscribersTable org={ctx.slug} botId={bot.id} base={base} rows={list.items} filters={filters} matching={list.total} timezone={ctx.timezone} />
              <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={`${base}/subscribers`} query={query} />
            </>
          )}
        </>
      )}
    </>
  );
}
