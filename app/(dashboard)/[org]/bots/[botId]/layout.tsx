import Link from "next/link";
import { BotStatusBadge } from "@/components/bots/bot-status-badge";
import { SectionTabs } from "@/components/ui/section-tabs";
import { findOrgBot } from "@/lib/bots";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

const tabs = [
  { href: "", label: "Overview" },
  { href: "/flows", label: "Flows" },
  { href: "/subscribers", label: "Subscribers" },
  { href: "/inbox", label: "Inbox" },
  { href: "/broadcasts", label: "Broadcasts" },
  { href: "/drips", label: "Drips" },
];

// /[org]/bots/[botId]/...: the bot's name and status above its sections. Another org's bot: 404.
export default async function BotLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string; botId: string }> }) {
  const { org, botId } = await params;
  const ctx = await requireOrgPage(org);
  const bot = await orNotFound(findOrgBot({ orgId: ctx.orgId, botId }));
  const base = `/${ctx.slug}/bots/${botId}`;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-gray-500">
        <Link href={`/${ctx.slug}/bots`} className="hover:text-gray-900 hover:underline">
          Bots
        </Link>{" "}
        / <span className="text-gray-700">@{bot.username}</span>
      </nav>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{bot.name}</h1>
        <BotStatusBadge status={bot.status} />
      </div>
      {bot.status === "SANDBOX" && (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <strong>Sandbox.</strong> This bot is not connected to Telegram: chat with it in the simulator on{" "}
          <Link href={base} className="font-medium underline">
            Overview
          </Link>
          , where you can also connect a real bot.
        </p>
      )}
      <SectionTabs label="Bot sections" base={base} tabs={tabs} />
      {children}
    </>
  );
}
