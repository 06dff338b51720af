import { InboxView } from "@/components/bots/audience/inbox-view";
import { loadAudiencePage } from "@/components/bots/audience/load-audience-page";
import { PageHeader } from "@/components/ui/card";

export const metadata = { title: "Inbox" };

// /[org]/bots/[botId]/inbox?c=subscriberId: live conversations; reply as a human, hand back to the bot.
export default async function InboxPage({ params, searchParams }: { params: Promise<{ org: string; botId: string }>; searchParams: Promise<{ c?: string }> }) {
  const { ctx, bot } = await loadAudiencePage(await params);
  const { c } = await searchParams;
  return (
    <>
      <PageHeader title="Inbox" description={`Live conversations of @${bot.username}. Hand-offs from your flows come first.`} />
      <InboxView org={ctx.slug} botId={bot.id} timezone={ctx.timezone} initialOpenId={typeof c === "string" ? c : null} sandbox={bot.status === "SANDBOX"} />
    </>
  );
}
