import { DripForm } from "@/components/bots/audience/drip-form";
import { loadAudiencePage } from "@/components/bots/audience/load-audience-page";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { PageHeader } from "@/components/ui/card";
import { DeleteForm } from "@/components/ui/delete-form";
import { fromMinutes } from "@/lib/bots";
import { countTaggedNotEnrolled } from "@/lib/bots";
import { getDripSequence } from "@/lib/bots";
import { hasRole } from "@/lib/roles";
import { deleteDripSequenceAction } from "../actions";
import { DoneNotice } from "@/components/ui/form-message";

export const metadata = { title: "Drip sequence" };

// /[org]/bots/[botId]/drips/[sequenceId]: edit a sequence (its steps are replaced on save) or delete it.
export default async function DripPage({ params, searchParams }: { params: Promise<{ org: string; botId: string; sequenceId: string }>; searchParams: Promise<{ created?: string; enrolled?: string }> }) {
  const { org, botId, sequenceId } = await params;
  const { ctx, bot } = await loadAudiencePage({ org, botId });
  const s = await orNotFound(getDripSequence({ orgId: ctx.orgId, botId: bot.id, sequenceId }));
  const tagCounts = await countTaggedNotEnrolled({ orgId: ctx.orgId, botId: bot.id, sequenceId: s.id });
  const sp = await searchParams;
  const enrolled = Number.parseInt(sp.enrolled ?? "", 10);
  return (
    <>
      <PageHeader
        title={s.name}
        description={`${s._count.enrollments} subscriber${s._count.enrollments === 1 ? "" : "s"} enrolled so far.`}
        actions={
          hasRole(ctx.role, "ADMIN") && (
            <DeleteForm
              fields={{ org: ctx.slug, botId: bot.id, sequenceId: s.id }}
              confirmText={`Delete “${s.name}”? Subscribers enrolled in it get no further steps. This cannot be undone.`}
              action={deleteDripSequenceAction}
              label="Delete sequence"
            />
          )
        }
      />
      {sp.created === "1" && (
        <DoneNotice>
          Sequence created. Subscribers who get the tag “{s.triggerTag}” from now on are enrolled
          {Number.isFinite(enrolled) ? `, and ${enrolled} who already had it ${enrolled === 1 ? "is" : "are"} enrolled now.` : "."}
        </DoneNotice>
      )}
      <DripForm org={ctx.slug} botId={bot.id} sequenceId={s.id} tagCounts={tagCounts} initial={{ name: s.name, triggerTag: s.triggerTag, active: s.active, steps: s.steps.map((st) => ({ ...fromMinutes(st.delayMinutes), text: st.text })) }} />
    </>
  );
}
