"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { dripFieldsSchema } from "@/lib/bots";
import { deleteDripSequence } from "@/lib/bots";
import { saveDripSequence } from "@/lib/bots";
import { orgAction } from "@/lib/safe-action";

// Drip sequence actions: create and edit (steps replaced as a whole), delete (enrollments stop).
const ids = z.object({ botId: z.string().min(1).max(64), sequenceId: z.string().max(64).optional() });

export const saveDripSequenceAction = orgAction({ schema: z.intersection(ids, dripFieldsSchema) }, async ({ botId, sequenceId, ...fields }, ctx) => {
  const sequence = await saveDripSequence({ orgId: ctx.orgId, botId, sequenceId: sequenceId || undefined, fields });
  revalidatePath(`/${ctx.slug}/bots/${botId}/drips`);
  if (!sequenceId) redirect(`/${ctx.slug}/bots/${botId}/drips/${sequence.id}?created=1${fields.enrollExisting ? `&enrolled=${sequence.enrolled}` : ""}`);
  revalidatePath(`/${ctx.slug}/bots/${botId}/drips/${sequence.id}`);
  return { ok: true as const, message: fields.enrollExisting ? `Sequence saved. ${enrolledText(sequence.enrolled)}` : "Sequence saved." };
});

const enrolledText = (n: number) => (n === 0 ? "Everyone who has the tag was already enrolled." : `${n} subscriber${n === 1 ? "" : "s"} who already had the tag ${n === 1 ? "is" : "are"} enrolled.`);

export const deleteDripSequenceAction = orgAction({ schema: z.object({ botId: z.string().min(1).max(64), sequenceId: z.string().min(1).max(64) }), role: "ADMIN" }, async ({ botId, sequenceId }, ctx) => {
  await deleteDripSequence({ orgId: ctx.orgId, botId, sequenceId });
  revalidatePath(`/${ctx.slug}/bots/${botId}/drips`);
  redirect(`/${ctx.slug}/bots/${botId}/drips?deleted=1`);
});
