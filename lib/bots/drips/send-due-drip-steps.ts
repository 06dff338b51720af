import { renderMessageText } from "@/lib/bots/flow-engine/interpolate-text";
import type { Variables } from "@/lib/bots/flow-engine/types";
import { queueBotMessages } from "@/lib/bots/runtime/queue-bot-messages";
import { db } from "@/lib/db/client";

// The once-a-minute `drip.send` job: every enrollment whose next step came due gets that step
// queued as an outgoing message (bot-core's telegram.send job sends it) and moves on to the next
// step, in one transaction per batch with the rows locked (FOR UPDATE SKIP LOCKED): a step is
// queued exactly once even with several workers. Blocked or unsubscribed subscribers and
// switched-off sequences end their enrollment without a message.
const BATCH = 200;

type Due = { id: string; nextStep: number; sequenceId: string; subscriberId: string };

export async function sendDueDripSteps({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const sent = await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<Due[]>`
        SELECT "id", "nextStep", "sequenceId", "subscriberId" FROM "DripEnrollment"
        WHERE "completedAt" IS NULL AND "nextAt" <= ${now} ORDER BY "nextAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      // A batch is mostly a few sequences: read each (with its steps) once.
      const sequences = new Map(
        (
          await tx.dripSequence.findMany({
            where: { id: { in: [...new Set(due.map((d) => d.sequenceId))] } },
            select: { id: true, active: true, orgId: true, botId: true, steps: { orderBy: { position: "asc" }, select: { delayMinutes: true, text: true, imageUrl: true } } },
          })
        ).map((s) => [s.id, s]),
      );
      for (const enrollment of due) {
        const sequence = sequences.get(enrollment.sequenceId);
        const subscriber = await tx.botSubscriber.findUnique({ where: { id: enrollment.subscriberId }, select: { status: true, firstName: true, lastName: true, username: true, tags: true, variables: true } });
        const step = sequence?.steps[enrollment.nextStep];
        if (sequence && subscriber && step && sequence.active && subscriber.status === "ACTIVE") {
          const text = renderMessageText(step.text, { variables: {}, subscriber: { ...subscriber, variables: (subscriber.variables ?? {}) as Variables } });
          await queueBotMessages(tx, { orgId: sequence.orgId, botId: sequence.botId, subscriberId: enrollment.subscriberId, messages: [{ text, imageUrl: step.imageUrl ?? undefined }], now });
        }
        const next = sequence?.active && subscriber?.status === "ACTIVE" ? sequence.steps[enrollment.nextStep + 1] : undefined;
        await tx.dripEnrollment.update({
          where: { id: enrollment.id },
          data: next ? { nextStep: enrollment.nextStep + 1, nextAt: new Date(now.getTime() + next.delayMinutes * 60_000) } : { nextStep: enrollment.nextStep + 1, nextAt: null, completedAt: now },
        });
      }
      return due.length;
    });
    total += sent;
    if (sent < BATCH) return total;
  }
}
