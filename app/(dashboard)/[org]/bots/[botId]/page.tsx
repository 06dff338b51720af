import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ConfirmActionForm } from "@/components/booking/confirm-action-form";
import { BotSettingForm } from "@/components/bots/bot-setting-form";
import { MessagesChart } from "@/components/bots/messages-chart";
import { SandboxOverview } from "@/components/bots/sandbox/sandbox-overview";
import { WebhookHealthCard } from "@/components/bots/webhook-health-card";
import { Card } from "@/components/ui/card";
import { commandsToText } from "@/lib/bots";
import { getBot, getBotStats } from "@/lib/bots";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { disconnectBotAction, removeWebhookAction, setCommandsAction, setWebhookAction, setWelcomeTextAction } from "../actions";

export const metadata = { title: "Bot overview" };

// /[org]/bots/[botId]: numbers, webhook health, commands and welcome text, disconnect. A sandbox
// bot: its simulator, connect a real bot in its place, delete.
export default async function BotOverviewPage({ params, searchParams }: { params: Promise<{ org: string; botId: string }>; searchParams: Promise<{ connected?: string }> }) {
  const { org, botId } = await params;
  const ctx = await requireOrgPage(org);
  const bot = await getBot({ orgId: ctx.orgId, botId }).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const canManage = hasRole(ctx.role, "ADMIN");
  if (bot.status === "SANDBOX") return <SandboxOverview org={ctx.slug} botId={botId} botName={bot.name} timezone={ctx.timezone} canManage={canManage} />;
  const stats = await getBotStats({ orgId: ctx.orgId, botId, timezone: ctx.timezone });
  const live = bot.status === "ACTIVE" || bot.status === "WEBHOOK_REMOVED";
  const fields = { org: ctx.slug, botId };
  return (
    <div className="space-y-6">
      {(await searchParams).connected === "1" && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          @{bot.username} is connected and answers with the Welcome flow. Open it in Telegram and press Start to try it.
        </p>
      )}
      {bot.status === "DEMO" && <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700">This is a demo bot with sample conversations. It is not connected to Telegram, so nothing is sent.</p>}
      {bot.status === "DISCONNECTED" && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">This bot is disconnected. Connect it again with its token on the Bots page to bring it back.</p>}
      <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <StatCard label="Subscribers" value={stats.subscribers} />
        <StatCard label="Active in 7 days" value={stats.active7d} />
        <StatCard label="Blocked the bot" value={stats.blocked} />
        <StatCard label="Messages in 30 days" value={stats.perDay.reduce((sum, d) => sum + d.in + d.out, 0)} />
      </dl>
      <MessagesChart data={stats.perDay} />
      {live && (
        <Suspense
          fallback={
            <Card>
              <p className="text-sm text-gray-500">Asking Telegram about the webhook…</p>
            </Card>
          }
        >
          <WebhookHealthCard orgId={ctx.orgId} org={ctx.slug} botId={botId} timezone={ctx.timezone} canManage={canManage} setAction={setWebhookAction} removeAction={removeWebhookAction} />
        </Suspense>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-base font-semibold text-gray-900">Commands</h2>
          <BotSettingForm
            org={ctx.slug}
            botId={botId}
            action={setCommandsAction}
            name="commands"
            label="Command menu"
            hint="One per line: command - description. Telegram shows them in the bot's menu."
            initial={commandsToText(bot.commands)}
            rows={5}
            placeholder={"start - Begin\nmenu - What I can do"}
            disabled={!canManage || !live}
          />
        </Card>
        <Card>
          <h2 className="mb-3 text-base font-semibold text-gray-900">Welcome text</h2>
          <BotSettingForm
            org={ctx.slug}
            botId={botId}
            action={setWelcomeTextAction}
            name="welcomeText"
            label="What can this bot do?"
            hint="Shown in an empty chat before someone presses Start. Up to 512 characters."
            initial={bot.welcomeText}
            rows={5}
            disabled={!canManage || !live}
          />
        </Card>
      </div>
      {canManage && live && (
        <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <div>
            <h2 className="text-base font-semibold text-gray-900">Disconnect this bot</h2>
            <p className="text-sm text-gray-600">Removes the webhook and erases the token. Subscribers, conversations and flows are kept.</p>
          </div>
          <ConfirmActionForm action={disconnectBotAction} fields={fields} confirmText={`Disconnect @${bot.username}? It stops answering in Telegram until you connect it again.`} label="Disconnect" />
        </Card>
      )}
    </div>
  );
}

function StatCard({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <dt className="text-xs font-medium text-gray-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-gray-900">{value.toLocaleString("en-US")}</dd>
    </div>
  );
}
