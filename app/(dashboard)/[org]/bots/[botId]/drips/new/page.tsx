import { DripForm } from "@/components/bots/audience/drip-form";
import { loadAudiencePage } from "@/components/bots/audience/load-audience-page";
import { PageHeader } from "@/components/ui/card";
import { countTaggedNotEnrolled } from "@/lib/bots";

export const metadata = { title: "New drip sequence" };

// /[org]/bots/[botId]/drips/new
export default async function NewDripPage({ params }: { params: Promise<{ org: string; botId: string }> }) {
  const { ctx, bot } = await loadAudiencePage(await params);
  const tagCounts = await countTaggedNotEnrolled({ orgId: ctx.orgId, botId: bot.id });
  return (
    <>
      <PageHeader title="New drip sequence" />
      <DripForm org={ctx.slug} botId={bot.id} tagCounts={tagCounts} />
    </>
  );
}
