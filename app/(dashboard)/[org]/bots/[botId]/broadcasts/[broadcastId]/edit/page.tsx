import { redirect } from "next/navigation";
import { UnverifiedNote } from "@/components/auth/unverified-note";
import { BroadcastForm } from "@/components/bots/audience/broadcast-form";
import { loadAudiencePage } from "@/components/bots/audience/load-audience-page";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { PageHeader } from "@/components/ui/card";
import { readAudience } from "@/lib/bots";
import type { BroadcastContent } from "@/lib/bots";
import { getBroadcast } from "@/lib/bots";
import { listSubscriberFieldNames, listSubscriberTags } from "@/lib/bots";
import { db } from "@/lib/db/client";

export const metadata = { title: "Edit draft" };

// /[org]/bots/[botId]/broadcasts/[broadcastId]/edit(?when=schedule): a draft's message, audience and when (a
// broadcast that is no longer a draft goes back to its page). The draft's tags stay choosable
// even when no subscriber has them any more.
export default async function EditDraftPage({ params, searchParams }: { params: Promise<{ org: string; botId: string; broadcastId: string }>; searchParams: Promise<{ when?: string }> }) {
  const { org, botId, broadcastId } = await params;
  const { ctx, bot, base } = await loadAudiencePage({ org, botId });
  const b = await orNotFound(getBroadcast({ orgId: ctx.orgId, botId: bot.id, broadcastId }));
  if (b.status !== "DRAFT") redirect(`${base}/broadcasts/${b.id}`);
  const scope = { orgId: ctx.orgId, botId: bot.id };
  const [tags, fieldNames, segments] = await Promise.all([listSubscriberTags(scope), listSubscriberFieldNames(scope), db.segment.findMany({ where: { orgId: ctx.orgId }, orderBy: { name: "asc" }, select: { id: true, name: true } })]);
  const draft = { id: b.id, name: b.name, text: b.text, imageUrl: b.imageUrl, buttons: b.buttons as BroadcastContent["buttons"], audience: readAudience(b.audience) ?? { tags: [], customFields: [] } };
  return (
    <>
      <PageHeader title="Edit draft" description={`From @${bot.username}. Blocked subscribers are always left out.`} />
      <div className="max-w-3xl">
        <UnverifiedNote userId={ctx.userId}>Confirm your email address (see the banner at the top of the page) to send or schedule a broadcast. Until then you can save it as a draft.</UnverifiedNote>
        <BroadcastForm
          org={ctx.slug}
          botId={bot.id}
          timezone={ctx.timezone}
          tags={[...new Set([...tags, ...draft.audience.tags])]}
          fieldNames={fieldNames}
          segments={segments}
          draft={draft}
          initialWhen={(await searchParams).when === "schedule" ? "schedule" : undefined}
        />
      </div>
    </>
  );
}
