import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { findOrgBot } from "@/lib/bots/admin/find-org-bot";
import { type DripFields, toMinutes } from "./drip-fields";
import { enrollAlreadyTagged } from "./enroll-on-tag";

// Create or edit a drip sequence: the steps are replaced as a whole. People already enrolled
// carry on at their step number (a step that no longer exists ends their enrollment). With
// `enrollExisting`, the active subscribers who already have the tag join too, in the same
// transaction and through the same enrollment insert as a new tag (never twice).
export async function saveDripSequence({ orgId, botId, sequenceId, fields, now = new Date() }: { orgId: string; botId: string; sequenceId?: string; fields: DripFields; now?: Date }): Promise<{ id: string; enrolled: number }> {
  await findOrgBot({ orgId, botId });
  if (fields.enrollExisting && !fields.active) throw new AppError("BAD_INPUT", undefined, { enrollExisting: "Switch the sequence on to enroll the subscribers who already have the tag" });
  const steps = fields.steps.map((s, position) => ({ position, delayMinutes: toMinutes(s), text: s.text }));
  const data = { name: fields.name, triggerTag: fields.triggerTag, active: fields.active };
  return orgDb(orgId).$transaction(async (tx) => {
    let id = sequenceId;
    if (!id) {
      id = (await tx.dripSequence.create({ data: { orgId, botId, ...data, steps: { create: steps } }, select: { id: true } })).id;
    } else {
      const existing = await tx.dripSequence.findFirst({ where: { id, botId }, select: { id: true } });
      if (!existing) throw new AppError("NOT_FOUND", "Sequence not found.");
      await tx.dripStep.deleteMany({ where: { sequenceId: id } });
      await tx.dripSequence.update({ where: { id }, data: { ...data, steps: { create: steps } }, select: { id: true } });
    }
    const enrolled = fields.enrollExisting ? await enrollAlreadyTagged({ orgId, sequenceId: id, tx, now }) : 0;
    return { id, enrolled };
  });
}

export async function listDripSequences({ orgId, botId }: { orgId: string; botId: string }) {
  return orgDb(orgId).dripSequence.findMany({
    where: { botId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, name: true, triggerTag: true, active: true, _count: { select: { steps: true, enrollments: true } } },
  });
}

export async function getDripSequence({ orgId, botId, sequenceId }: { orgId: string; botId: string; sequenceId: string }) {
  if (typeof sequenceId !== "string" || !sequenceId || sequenceId.length > 64) throw new AppError("NOT_FOUND", "Sequence not found.");
  const sequence = await orgDb(orgId).dripSequence.findFirst({
    where: { id: sequenceId, botId },
    select: { id: true, name: true, triggerTag: true, active: true, steps: { orderBy: { position: "asc" }, select: { delayMinutes: true, text: true } }, _count: { select: { enrollments: true } } },
  });
  if (!sequence) throw new AppError("NOT_FOUND", "Sequence not found.");
  return sequence;
}
