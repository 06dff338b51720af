import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { deleteDraftBroadcast } from "./delete-draft-broadcast";

// Integration: only a draft of the org's own bot can be deleted.
describe("deleteDraftBroadcast", () => {
  it("deletes a draft, refuses a scheduled one and another org's", async () => {
    const org = await createOrg();
    const bot = await createBot({ orgId: org.orgId });
    const make = (status: "DRAFT" | "SCHEDULED") => db.broadcast.create({ data: { orgId: org.orgId, botId: bot.botId, status, name: status, text: "Hi", audience: { tags: [] } }, select: { id: true } });
    const draft = await make("DRAFT");
    const scheduled = await make("SCHEDULED");

    await expect(deleteDraftBroadcast({ orgId: (await createOrg()).orgId, botId: bot.botId, broadcastId: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteDraftBroadcast({ orgId: org.orgId, botId: bot.botId, broadcastId: scheduled.id })).rejects.toMatchObject({ code: "CONFLICT", message: "Only drafts can be deleted; this broadcast is scheduled." });
    await deleteDraftBroadcast({ orgId: org.orgId, botId: bot.botId, broadcastId: draft.id });
    expect(await db.broadcast.count({ where: { id: { in: [draft.id, scheduled.id] } } })).toBe(1);
  });
});
