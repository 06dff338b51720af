import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { createSubscribers } from "../../../test/subscriber-helpers";
import type { BroadcastFields } from "./broadcast-fields";
import { saveBroadcast } from "./save-broadcast";

// Integration: editing a draft (one conditional UPDATE) and sending it from the edit form.
const fields = (over: Partial<BroadcastFields> = {}): BroadcastFields => ({ name: "", text: "Hello", imageUrl: "", buttons: [], audience: { tags: ["vip"], customFields: [] }, when: "draft", scheduledAt: "", ...over });

describe("saveBroadcast on a draft", () => {
  it("edits a draft, sends it, and then refuses to edit it again", async () => {
    const org = await createOrg();
    const bot = await createBot({ orgId: org.orgId });
    await createSubscribers({ orgId: org.orgId, botId: bot.botId, count: 2, tags: ["vip"] });
    const scope = { orgId: org.orgId, botId: bot.botId, userId: org.userId, timezone: "UTC" };
    const { id } = await saveBroadcast({ ...scope, fields: fields() });

    await saveBroadcast({ ...scope, broadcastId: id, fields: fields({ name: "Spring", text: "Hi <b>{{first_name}}</b>", buttons: [{ text: "Shop", url: "https://shop.example" }] }) });
    expect(await db.broadcast.findUniqueOrThrow({ where: { id }, select: { status: true, name: true, text: true, buttons: true } })).toEqual({
      status: "DRAFT",
      name: "Spring",
      text: "Hi <b>{{first_name}}</b>",
      buttons: [{ text: "Shop", url: "https://shop.example" }],
    });

    const sent = await saveBroadcast({ ...scope, broadcastId: id, fields: fields({ when: "now" }) });
    expect(sent).toMatchObject({ id, status: "SENDING", recipients: 2 });
    await expect(saveBroadcast({ ...scope, broadcastId: id, fields: fields() })).rejects.toMatchObject({ code: "CONFLICT", message: "Only drafts can be edited; this broadcast is sending." });
    const other = await createOrg();
    await expect(saveBroadcast({ ...scope, orgId: other.orgId, broadcastId: id, fields: fields() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.broadcast.count({ where: { botId: bot.botId } })).toBe(1);
    await db.broadcast.update({ where: { id }, data: { status: "CANCELED" } }); // no sender needed here
  });

  it("schedules in the org's time zone and refuses a day that does not exist, saving nothing", async () => {
    const org = await createOrg();
    const bot = await createBot({ orgId: org.orgId });
    await createSubscribers({ orgId: org.orgId, botId: bot.botId, count: 1, tags: ["vip"] });
    const scope = { orgId: org.orgId, botId: bot.botId, userId: org.userId, timezone: "Europe/Berlin", now: new Date("2026-12-01T12:00:00Z") };
    await expect(saveBroadcast({ ...scope, fields: fields({ when: "schedule", scheduledAt: "2027-02-30T10:00" }) })).rejects.toMatchObject({ code: "BAD_INPUT", fieldErrors: { scheduledAt: "Pick a real date and time" } });
    expect(await db.broadcast.count({ where: { botId: bot.botId } })).toBe(0);
    const { id } = await saveBroadcast({ ...scope, fields: fields({ when: "schedule", scheduledAt: "2027-01-15T10:00" }) });
    expect((await db.broadcast.findUniqueOrThrow({ where: { id }, select: { scheduledAt: true } })).scheduledAt?.toISOString()).toBe("2027-01-15T09:00:00.000Z");
    await db.broadcast.update({ where: { id }, data: { status: "CANCELED" } });
  });
});
