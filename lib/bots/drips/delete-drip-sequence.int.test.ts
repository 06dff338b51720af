import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { createSubscribers } from "../../../test/subscriber-helpers";
import { deleteDripSequence } from "./delete-drip-sequence";
import { enrollOnTag } from "./enroll-on-tag";

// Integration: deleting a sequence stops its enrollments; another org cannot delete it.
describe("deleteDripSequence", () => {
  it("removes the sequence with its enrollments, so no further step is sent", async () => {
    const org = await createOrg();
    const bot = await createBot({ orgId: org.orgId });
    const { id: sequenceId } = await db.dripSequence.create({
      data: { orgId: org.orgId, botId: bot.botId, name: "Onboarding", triggerTag: "lead", steps: { create: [{ position: 0, delayMinutes: 0, text: "Welcome" }] } },
      select: { id: true },
    });
    const [sub] = await createSubscribers({ orgId: org.orgId, botId: bot.botId, count: 1, tags: ["lead"] });
    expect(await enrollOnTag({ subscriberId: sub.id, tags: ["lead"], now: new Date(Date.now() + 3_600_000) })).toBe(1);

    const other = await createOrg();
    await expect(deleteDripSequence({ orgId: other.orgId, botId: bot.botId, sequenceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteDripSequence({ orgId: org.orgId, botId: bot.botId, sequenceId });

    // The drip.send job reads enrollments only: none left, nothing more is sent.
    expect(await db.dripEnrollment.count({ where: { subscriberId: sub.id } })).toBe(0);
    await expect(deleteDripSequence({ orgId: org.orgId, botId: bot.botId, sequenceId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
