import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createOrg, createUser, form, signInAs, uid } from "@/test/factories";
import { changeBroadcastStatusAction, createBroadcastAction, deleteDraftBroadcastAction } from "./bots/[botId]/broadcasts/actions";
import { inviteMemberAction } from "./settings/actions";

// An account whose email is not confirmed cannot invite people or message customers; drafts are fine.
const refusal = expect.stringMatching(/^Confirm your email address before you/);

describe("a confirmed email before inviting and broadcasting", () => {
  it("refuses an invitation from an unconfirmed owner, with a clear message, and creates nothing", async () => {
    const owner = await createUser({ verified: false });
    const org = await createOrg({ ownerId: owner.id });
    signInAs(owner.id);
    const email = `friend-${uid()}@test.dev`;
    expect(await inviteMemberAction(null, form({ org: org.slug, email, role: "STAFF" }))).toMatchObject({ ok: false, message: refusal });
    expect(await db.invitation.count({ where: { orgId: org.orgId } })).toBe(0);
    expect(await db.emailOutbox.count({ where: { to: email } })).toBe(0);

    await db.user.update({ where: { id: owner.id }, data: { emailVerified: new Date() } });
    expect(await inviteMemberAction(null, form({ org: org.slug, email, role: "STAFF" }))).toMatchObject({ ok: true });
  });

  it("lets an unconfirmed owner save a draft but not send, schedule or resume one", async () => {
    const owner = await createUser({ verified: false });
    const org = await createOrg({ ownerId: owner.id });
    const { botId } = await createBot({ orgId: org.orgId });
    signInAs(owner.id);
    const base = { org: org.slug, botId, text: "Sale!", "tags[]": "vip" };
    expect(await createBroadcastAction(null, form({ ...base, when: "now" }))).toMatchObject({ ok: false, message: refusal });
    expect(await createBroadcastAction(null, form({ ...base, when: "schedule", scheduledAt: "2030-01-01T10:00" }))).toMatchObject({ ok: false, message: refusal });
    expect(await db.broadcast.count({ where: { orgId: org.orgId } })).toBe(0);

    const saved = (await createBroadcastAction(null, form({ ...base, when: "draft" })).catch((e) => e)) as { digest?: string };
    expect(saved.digest).toMatch(/NEXT_REDIRECT/);
    const draft = await db.broadcast.findFirstOrThrow({ where: { orgId: org.orgId }, select: { id: true, status: true } });
    expect(draft.status).toBe("DRAFT");
    expect(await changeBroadcastStatusAction(null, form({ org: org.slug, botId, broadcastId: draft.id, command: "sendNow" }))).toMatchObject({ ok: false, message: refusal });
    expect((await db.broadcast.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    // Throwing a draft away never needs it (a draft is deleted, not canceled).
    const deleted = (await deleteDraftBroadcastAction(null, form({ org: org.slug, botId, broadcastId: draft.id })).catch((e) => e)) as { ok?: boolean; digest?: string };
    expect(deleted.ok === true || /NEXT_REDIRECT/.test(deleted.digest ?? "")).toBe(true);
    expect(await db.broadcast.count({ where: { id: draft.id } })).toBe(0);
  });
});
