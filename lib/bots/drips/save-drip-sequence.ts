import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findOrgBot } from "@/lib/bots/find-org-bot";
import { type DripFields, toMinutes } from "./drip-fields";

// Create or edit a drip sequence: the steps are replaced as a whole. People already enrolled
// carry on at their step number (a step that no longer exists ends their enrollment).
export async function saveDripSequence({ orgId, botId, sequenceId, fields }: { orgId: string; botId: string; sequenceId?: string; fields: DripFields }) {
  await findOrgBot({ orgId, botId });
  const steps = fields.steps.map((s, position) => ({ position, delayMinutes: toMinutes(s), text: s.text }));
  const data = { name: fields.name, triggerTag: fields.triggerTag, active: fields.active };
  if (!sequenceId) return db.dripSequence.create({ data: { orgId, botId, ...data, steps: { create: steps } }, select: { id: true } });
  return db.$transaction(async (tx) => {
    const existing = await tx.dripSequence.findFirst({ where: { id: sequenceId, orgId, botId }, select: { id: true } });
    if (!existing) throw new AppError("NOT_FOUND", "Sequence not found.");
    await tx.dripStep.deleteMany({ where: { sequenceId } });
    await tx.dripSequence.update({ where: { id: sequenceId }, data: { ...data, steps: { create: steps } }, select: { id: true } });
    return existing;
  });
}

export async function listDripSequences({ orgId, botId }: { orgId: string; botId: string }) {
  return db.dripSequence.findMany({
    where: { orgId, botId },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, name: true, triggerTag: true, active: true, _count: { select: { steps: true, enrollments: true } } },
  });
}

export async function getDripSequence({ orgId, botId, sequenceId }: { orgId: string; botId: string; sequenceId: string }) {
  if (typeof sequenceId !== "string" || !sequenceId || sequenceId.length > 64) throw new AppError("NOT_FOUND", "Sequence not found.");
  const sequence = await db.dripSequence.findFirst({
    where: { id: sequenceId, orgId, botId },
    select: { id: true, name: true, triggerTag: true, active: true, steps: { orderBy: { position: "asc" }, select: { delayMinutes: true, text: true } }, _count: { select: { enrollments: true } } },
  });
  if (!sequence) throw new AppError("NOT_FOUND", "Sequence not found.");
  return sequence;
}
