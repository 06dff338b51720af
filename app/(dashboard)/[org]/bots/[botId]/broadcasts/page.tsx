import Link from "next/link";
import { loadAudiencePage } from "@/components/bots/audience/load-audience-page";
import { BroadcastStatusBadge } from "@/components/bots/audience/broadcast-status";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { TableCard } from "@/components/ui/table-card";
import { listBroadcasts } from "@/lib/bots";
import { formatDateTime } from "@/lib/format";
import { DoneNotice } from "@/components/ui/form-message";

export const metadata = { title: "Broadcasts" };

// /[org]/bots/[botId]/broadcasts: every broadcast with its progress; compose a new one; drips.
export default async function BroadcastsPage({ params, searchParams }: { params: Promise<{ org: string; botId: string }>; searchParams: Promise<{ page?: string; deleted?: string }> }) {
  const { ctx, bot, base } = await loadAudiencePage(await params);
  if (bot.status === "SANDBOX")
    return (
      <EmptyState
        title="Broadcasts need a real bot"
        description="A sandbox bot sends nothing to Telegram, so it has nobody to broadcast to. Connect a real bot on the Overview; drip messages meanwhile are recorded in the sandbox."
        action={<ButtonLink href={base}>Connect a real bot</ButtonLink>}
      />
    );
  const sp = await searchParams;
  const list = await listBroadcasts({ orgId: ctx.orgId, botId: bot.id, page: Number(sp.page) || 1 });
  const actions = (
    <>
      <ButtonLink href={`${base}/broadcasts/new`}>New broadcast</ButtonLink>
      <ButtonLink href={`${base}/drips`} variant="secondary">
        Drip sequences
      </ButtonLink>
    </>
  );
  const th = "px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";
  return (
    <>
      <PageHeader title="Broadcasts" description="One message to many subscribers, at Telegram's pace, each person at most once." actions={actions} />
      {sp.deleted === "1" && <DoneNotice>Draft deleted.</DoneNotice>}
      {list.total === 0 ? (
        <EmptyState title="No broadcasts yet" description="Send a message to everyone with a tag, a field value or an analytics segment, now or at a set time." action={<ButtonLink href={`${base}/broadcasts/new`}>New broadcast</ButtonLink>} />
      ) : (
        <>
          <TableCard>
            <table className="min-w-full divide-y divide-gray-200 text-sm">
              <thead className="bg-gray-50">
                <tr>
                  <th className={th}>Broadcast</th>
                  <th className={th}>Status</th>
                  <th className={`${th} text-right`}>Sent</th>
                  <th className={`${th} hidden sm:table-cell`}>When</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {list.items.map((b) => (
                  <tr key={b.id} className="hover:bg-gray-50">
                    <td className="max-w-64 px-3 py-3">
                      <Link href={`${base}/broadcasts/${b.id}`} className="block truncate font-medium text-gray-900 hover:text-brand-700 hover:underline">
                        {b.name || "Untitled"}
                      </Link>
                    </td>
                    <td className="px-3 py-3">
                      <BroadcastStatusBadge status={b.status} />
                    </td>
                    <td className="whitespace-nowrap px-3 py-3 text-right tabular-nums">{b.startedAt ? `${b.sentCount} / ${b.totalCount}` : "—"}</td>
                    <td className="hidden whitespace-nowrap px-3 py-3 text-gray-600 sm:table-cell">{formatDateTime(b.scheduledAt ?? b.startedAt ?? b.createdAt, ctx.timezone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableCard>
          <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath={`${base}/broadcasts`} query={{}} />
        </>
      )}
    </>
  );
}
