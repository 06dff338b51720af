import { UnverifiedNote } from "@/components/auth/unverified-note";
import { BroadcastForm } from "@/components/bots/audience/broadcast-form";
import { loadAudiencePage } from "@/components/bots/audience/load-audience-page";
import { PageHeader } from "@/components/ui/card";
import { listSubscriberFieldNames, listSubscriberTags } from "@/lib/bots";
import { db } from "@/lib/db/client";

export const metadata = { title: "New broadcast" };

// /[org]/bots/[botId]/broadcasts/new: compose, pick the audience (live count), send or schedule.
export default async function NewBroadcastPage({ params }: { params: Promise<{ org: string; botId: string }> }) {
  const { ctx, bot } = await loadAudiencePage(await params);
  const scope = { orgId: ctx.orgId, botId: bot.id };
  const [tags, fieldNames, segments] = await Promise.all([listSubscriberTags(scope), listSubscriberFieldNames(scope), db.segment.findMany({ where: { orgId: ctx.orgId }, orderBy: { name: "asc" }, select: { id: true, name: true } })]);
  return (
    <>
      <PageHeader title="New broadcast" description={`From @${bot.username}. Blocked subscribers are always left out.`} />
      <div className="max-w-3xl">
        <UnverifiedNote userId={ctx.userId}>Confirm your email address (see the banner at the top of the page) to send or schedule a broadcast. Until then you can save it as a draft.</UnverifiedNote>
        <BroadcastForm org={ctx.slug} botId={bot.id} timezone={ctx.timezone} tags={tags} fieldNames={fieldNames} segments={segments} />
      </div>
    </>
  );
}
