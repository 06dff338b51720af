import Link from "next/link";
import { BotStatusBadge } from "@/components/bots/bot-status-badge";
import { ConnectBotForm } from "@/components/bots/connect-bot-form";
import { TrySandboxForm } from "@/components/bots/sandbox/try-sandbox-form";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { listBots } from "@/lib/bots";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { connectBotAction } from "./actions";
import { DoneNotice } from "@/components/ui/form-message";

export const metadata = { title: "Bots" };

// /[org]/bots: the org's Telegram bots with their numbers, and the form to connect one (OWNER/ADMIN).
// Without a bot: a sandbox to try the builder with before there is a BotFather token.
export default async function BotsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ disconnected?: string; sandboxDeleted?: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const bots = await listBots({ orgId: ctx.orgId });
  const canManage = hasRole(ctx.role, "ADMIN");
  const onlySandbox = bots.length > 0 && bots.every((b) => b.status === "SANDBOX");
  const notice = await searchParams;
  const connect = canManage ? <ConnectBotForm org={ctx.slug} action={connectBotAction} /> : <p className="text-sm text-gray-600">Ask an owner or admin to connect a bot.</p>;
  return (
    <>
      <PageHeader title="Bots" description="Telegram bots that talk to your customers: flows, subscribers, a live inbox and broadcasts." />
      {notice.sandboxDeleted === "1" && <DoneNotice>Sandbox bot deleted.</DoneNotice>}
      {notice.disconnected === "1" && <DoneNotice>Bot disconnected. Its token is erased; its subscribers and conversations are kept.</DoneNotice>}
      {bots.length === 0 ? (
        <EmptyState
          title="No bots yet"
          description="Create a bot with @BotFather in Telegram, paste its token here, and it answers your customers with a ready-made welcome flow."
          action={
            <div className="w-full max-w-md space-y-6 text-left">
              {connect}
              {canManage && (
                <div className="rounded-lg border border-amber-200 bg-amber-50 p-4">
                  <h2 className="text-sm font-semibold text-gray-900">No token yet?</h2>
                  <p className="mb-3 mt-1 text-sm text-gray-700">Try a sandbox bot: build and publish flows and chat with it in a simulator here. Nothing is sent to Telegram; connect a real bot whenever you are ready.</p>
                  <TrySandboxForm org={ctx.slug} />
                </div>
              )}
            </div>
          }
        />
      ) : (
        <div className="space-y-6">
          <ul className="grid gap-4 md:grid-cols-2">
            {bots.map((bot) => (
              <li key={bot.id}>
                <Link href={`/${ctx.slug}/bots/${bot.id}`} className="block rounded-lg border border-gray-200 bg-white p-5 shadow-sm hover:border-brand-300 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="min-w-0">
                      <h2 className="truncate text-base font-semibold text-gray-900">{bot.name}</h2>
                      <p className="truncate text-sm text-gray-500">@{bot.username}</p>
                    </div>
                    <BotStatusBadge status={bot.status} />
                  </div>
                  <dl className="mt-4 grid grid-cols-3 gap-2 text-sm">
                    <Stat label="Subscribers" value={bot.subscribers} />
                    <Stat label="Active 7 days" value={bot.active7d} />
                    <Stat label="Messages 7 days" value={bot.messages7d} />
                  </dl>
                </Link>
              </li>
            ))}
          </ul>
          {canManage && (
            <Card className="max-w-xl">
              <h2 className="mb-3 text-base font-semibold text-gray-900">{onlySandbox ? "Connect a real bot" : "Connect another bot"}</h2>
              {onlySandbox && <p className="mb-3 text-sm text-gray-600">It is added beside the sandbox. To turn the sandbox itself into your real bot (keeping its flows), open it and use “Connect a real bot”.</p>}
              {connect}
            </Card>
          )}
        </div>
      )}
    </>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-xs text-gray-500">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums text-gray-900">{value.toLocaleString("en-US")}</dd>
    </div>
  );
}
