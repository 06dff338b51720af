import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { createSubscribers } from "../../../test/subscriber-helpers";
import { dripFieldsSchema } from "./drip-fields";
import { countTaggedNotEnrolled, enrollOnTag } from "./enroll-on-tag";
import { saveDripSequence } from "./save-drip-sequence";

// Integration: a drip sequence created (or edited) after its tag was given out can take in the
// active subscribers who already have it, once, through the same enrollment insert as a new tag.
const fields = (over: Record<string, string> = {}) => dripFieldsSchema.parse({ name: "Onboarding", triggerTag: "lead", active: "on", "delay[]": ["2", "1"], "unit[]": ["hours", "days"], "stepText[]": ["Welcome", "Day two"], ...over });

describe("saveDripSequence with enrollExisting", () => {
  it("enrolls the active subscribers who already have the tag, once, into this sequence only", async () => {
    const org = await createOrg();
    const bot = await createBot({ orgId: org.orgId });
    const scope = { orgId: org.orgId, botId: bot.botId };
    const tagged = await createSubscribers({ ...scope, count: 3, tags: ["lead", "vip"] });
    const [blocked] = await createSubscribers({ ...scope, count: 1, tags: ["lead"], status: "BLOCKED" });
    await createSubscribers({ ...scope, count: 2, tags: ["other"] });
    // An older sequence on the same tag, created without it: it must stay as it is.
    const older = await saveDripSequence({ ...scope, fields: fields({ name: "Older" }) });
    expect(older.enrolled).toBe(0);
    expect(await countTaggedNotEnrolled(scope)).toMatchObject({ lead: 3, vip: 3, other: 2 });

    // Off unless ticked; ticked on a sequence switched off: refused, nothing saved.
    expect(fields().enrollExisting).toBe(false);
    await expect(saveDripSequence({ ...scope, fields: { ...fields({ name: "Off" }), active: false, enrollExisting: true } })).rejects.toMatchObject({ code: "BAD_INPUT", fieldErrors: { enrollExisting: expect.any(String) } });
    expect(await db.dripSequence.count({ where: { botId: bot.botId, name: "Off" } })).toBe(0);

    const now = new Date("2026-12-07T10:00:00Z");
    const created = await saveDripSequence({ ...scope, fields: fields({ enrollExisting: "on" }), now });
    expect(created.enrolled).toBe(3);
    const enrollments = await db.dripEnrollment.findMany({ where: { sequenceId: created.id }, select: { subscriberId: true, nextStep: true, nextAt: true } });
    expect(enrollments.map((e) => e.subscriberId).sort()).toEqual(tagged.map((t) => t.id).sort());
    expect(enrollments.every((e) => e.nextStep === 0 && e.nextAt?.toISOString() === "2026-12-07T12:00:00.000Z")).toBe(true);
    expect(await db.dripEnrollment.count({ where: { subscriberId: blocked.id } })).toBe(0);
    expect(await db.dripEnrollment.count({ where: { sequenceId: older.id } })).toBe(0);
    expect((await countTaggedNotEnrolled({ ...scope, sequenceId: created.id })).lead).toBeUndefined();

    // Saved again with the box ticked: nobody twice, nobody restarted.
    await db.dripEnrollment.updateMany({ where: { sequenceId: created.id }, data: { nextStep: 1 } });
    expect((await saveDripSequence({ ...scope, sequenceId: created.id, fields: fields({ enrollExisting: "on" }) })).enrolled).toBe(0);
    expect(await db.dripEnrollment.count({ where: { sequenceId: created.id, nextStep: 1 } })).toBe(3);

    // Edited to another tag with the box ticked: those with the new tag join.
    const [late] = await createSubscribers({ ...scope, count: 1, tags: ["webinar"] });
    expect((await saveDripSequence({ ...scope, sequenceId: created.id, fields: fields({ triggerTag: "webinar", enrollExisting: "on" }) })).enrolled).toBe(1);
    expect(await db.dripEnrollment.count({ where: { sequenceId: created.id, subscriberId: late.id } })).toBe(1);

    // The tag path itself is unchanged: a new "lead" joins both lead sequences.
    const [fresh] = await createSubscribers({ ...scope, count: 1, tags: ["lead"] });
    expect(await enrollOnTag({ subscriberId: fresh.id, tags: ["lead"] })).toBe(1); // "older" only: the other one is on "webinar" now
    expect(await db.dripEnrollment.count({ where: { subscriberId: fresh.id, sequenceId: older.id } })).toBe(1);
  });
});
