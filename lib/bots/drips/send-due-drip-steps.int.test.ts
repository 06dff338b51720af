import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { createSubscribers } from "../../../test/subscriber-helpers";
import { enrollOnTag } from "./enroll-on-tag";
import { sendDueDripSteps } from "./send-due-drip-steps";

// Integration: a tag enrolls a subscriber; each step is queued once when it comes due. The job
// is global (every due enrollment in the database), so assertions look at this test's rows only.
async function setup() {
  const org = await createOrg();
  const bot = await createBot({ orgId: org.orgId });
  const sequence = await db.dripSequence.create({
    data: {
      orgId: org.orgId,
      botId: bot.botId,
      name: "Onboarding",
      triggerTag: "lead",
      steps: {
        create: [
          { position: 0, delayMinutes: 0, text: "Welcome {{first_name}}" },
          { position: 1, delayMinutes: 60, text: "Day two" },
        ],
      },
    },
    select: { id: true },
  });
  const [sub, blocked] = await createSubscribers({ orgId: org.orgId, botId: bot.botId, count: 2, tags: ["lead"] });
  await db.botSubscriber.update({ where: { id: blocked.id }, data: { status: "BLOCKED" } });
  return { sequenceId: sequence.id, sub, blocked };
}

const outTexts = (subscriberId: string) => db.botMessage.findMany({ where: { subscriberId, direction: "OUT" }, orderBy: { createdAt: "asc" }, select: { text: true } }).then((r) => r.map((m) => m.text));

describe("drip sequences", () => {
  it("enrolls once per sequence and sends each step once when due", async () => {
    const { sequenceId, sub } = await setup();
    const t0 = new Date();
    expect(await enrollOnTag({ subscriberId: sub.id, tags: ["lead", "other"], now: t0 })).toBe(1);
    expect(await enrollOnTag({ subscriberId: sub.id, tags: ["lead"], now: t0 })).toBe(0);
    await sendDueDripSteps({ now: new Date(t0.getTime() + 1000) });
    await sendDueDripSteps({ now: new Date(t0.getTime() + 2000) });
    expect(await outTexts(sub.id)).toEqual(["Welcome Sub 1"]);
    await sendDueDripSteps({ now: new Date(t0.getTime() + 30 * 60_000) });
    expect(await outTexts(sub.id)).toHaveLength(1);
    await sendDueDripSteps({ now: new Date(t0.getTime() + 62 * 60_000) });
    await sendDueDripSteps({ now: new Date(t0.getTime() + 200 * 60_000) });
    expect(await outTexts(sub.id)).toEqual(["Welcome Sub 1", "Day two"]);
    const enrollment = await db.dripEnrollment.findFirstOrThrow({ where: { sequenceId, subscriberId: sub.id }, select: { completedAt: true, nextAt: true } });
    expect(enrollment.completedAt).not.toBeNull();
    expect(enrollment.nextAt).toBeNull();
  }, 60_000);

  it("a blocked subscriber's enrollment ends without a message", async () => {
    const { sequenceId, blocked } = await setup();
    const t0 = new Date();
    await enrollOnTag({ subscriberId: blocked.id, tags: ["lead"], now: t0 });
    await sendDueDripSteps({ now: new Date(t0.getTime() + 1000) });
    expect(await outTexts(blocked.id)).toEqual([]);
    expect((await db.dripEnrollment.findFirstOrThrow({ where: { sequenceId, subscriberId: blocked.id }, select: { completedAt: true } })).completedAt).not.toBeNull();
  });
});
