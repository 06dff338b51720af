import { beforeAll, describe, expect, it } from "vitest";
import { createSubscribers } from "@/test/subscriber-helpers";
import { db } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createOrg, form, signInAs } from "@/test/factories";
import { changeBroadcastStatusAction, createBroadcastAction } from "./broadcasts/actions";
import { GET as audienceCount } from "./broadcasts/audience-count/route";
import { saveDripSequenceAction } from "./drips/actions";
import { GET as inboxFeed } from "./inbox/feed/route";
import { handBackAction, markReadAction, replyAction } from "./inbox/actions";
import { GET as exportSubscribers } from "./subscribers/export/route";
import { bulkTagAction, updateSubscriberTagsAction } from "./subscribers/actions";

// Integration: the audience actions and route handlers as forms and the browser call them,
// with tenancy: another org's bot, subscriber or broadcast is not found and nothing changes.
type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let botA: string;
let botB: string;
let subsA: { id: string; chatId: bigint }[];
let subB: { id: string };
beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  botA = (await createBot({ orgId: a.orgId })).botId;
  botB = (await createBot({ orgId: b.orgId })).botId;
  subsA = await createSubscribers({ orgId: a.orgId, botId: botA, count: 4, tags: ["vip"] });
  [subB] = await createSubscribers({ orgId: b.orgId, botId: botB, count: 1, tags: ["vip"] });
  await db.botSubscriber.updateMany({ where: { id: subsA[0].id }, data: { lastMessageAt: new Date(), lastMessageText: "hello", unreadCount: 2, handedOff: true } });
});

const route = (path: string) => ({ req: new Request(`http://localhost${path}`), params: (p: Record<string, string>) => ({ params: Promise.resolve(p) }) });
const tagsOf = async (id: string) => (await db.botSubscriber.findUniqueOrThrow({ where: { id }, select: { tags: true } })).tags;

describe("subscribers", () => {
  it("bulk tags the selected subscribers only within the org; all matching follows the filters", async () => {
    signInAs(a.userId);
    const res = await bulkTagAction(null, form({ org: a.slug, botId: botA, tag: "Promo", mode: "add", scope: "selected", "ids[]": [subsA[1].id, subB.id] }));
    expect(res).toMatchObject({ ok: true });
    expect(await tagsOf(subsA[1].id)).toEqual(["vip", "promo"]);
    expect(await tagsOf(subB.id)).toEqual(["vip"]);
    await bulkTagAction(null, form({ org: a.slug, botId: botA, tag: "all", mode: "add", scope: "matching", filterTag: "promo" }));
    expect(await tagsOf(subsA[1].id)).toContain("all");
    expect(await tagsOf(subsA[2].id)).not.toContain("all");
    const bad = await bulkTagAction(null, form({ org: a.slug, botId: botA, tag: "no spaces!", mode: "add", scope: "matching" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { tag: expect.any(String) } });
    expect(await bulkTagAction(null, form({ org: a.slug, botId: botB, tag: "x", mode: "add", scope: "matching" }))).toMatchObject({ ok: false, message: "Bot not found." });
  });

  it("a new tag from the tags editor enrolls the subscriber in its drip sequence", async () => {
    signInAs(a.userId);
    const seq = await saveDripSequenceAction(null, form({ org: a.slug, botId: botA, name: "Welcome", triggerTag: "lead", active: "on", "delay[]": "0", "unit[]": "minutes", "stepText[]": "Hi" })).catch((e: { digest?: string }) => e);
    expect((seq as { digest?: string }).digest).toMatch(/NEXT_REDIRECT/);
    await updateSubscriberTagsAction(null, form({ org: a.slug, botId: botA, subscriberId: subsA[3].id, tags: "vip, Lead" }));
    expect(await tagsOf(subsA[3].id)).toEqual(["vip", "lead"]);
    expect(await db.dripEnrollment.count({ where: { subscriberId: subsA[3].id } })).toBe(1);
    expect(await updateSubscriberTagsAction(null, form({ org: a.slug, botId: botA, subscriberId: subB.id, tags: "x" }))).toMatchObject({ ok: false });
  });

  it("exports CSV for the org's bot and answers 404 for another org's bot", async () => {
    signInAs(a.userId);
    const r = route(`/${a.slug}/bots/${botA}/subscribers/export?tag=vip`);
    const ok = await exportSubscribers(r.req, r.params({ org: a.slug, botId: botA }));
    expect(ok.status).toBe(200);
    expect((await ok.text()).trim().split("\r\n")).toHaveLength(1 + 4);
    const other = route(`/${a.slug}/bots/${botB}/subscribers/export`);
    expect((await exportSubscribers(other.req, other.params({ org: a.slug, botId: botB }))).status).toBe(404);
  });
});

describe("inbox", () => {
  it("records a human reply as an outgoing message with the sender, marks read, hands back", async () => {
    signInAs(a.userId);
    expect(await replyAction(null, form({ org: a.slug, botId: botA, subscriberId: subsA[0].id, text: "Hi <there>" }))).toMatchObject({ ok: true });
    const out = await db.botMessage.findFirstOrThrow({ where: { subscriberId: subsA[0].id, direction: "OUT" }, select: { text: true, status: true, sentByUserId: true } });
    expect(out).toEqual({ text: "Hi &lt;there&gt;", status: "PENDING", sentByUserId: a.userId });
    expect(await replyAction(null, form({ org: a.slug, botId: botA, subscriberId: subsA[0].id, text: "  " }))).toMatchObject({ ok: false, fieldErrors: { text: "Write a message" } });
    await markReadAction(null, form({ org: a.slug, botId: botA, subscriberId: subsA[0].id }));
    await handBackAction(null, form({ org: a.slug, botId: botA, subscriberId: subsA[0].id }));
    expect(await db.botSubscriber.findUniqueOrThrow({ where: { id: subsA[0].id }, select: { unreadCount: true, handedOff: true } })).toEqual({ unreadCount: 0, handedOff: false });
  });

  it("another org's conversation: not found, nothing sent", async () => {
    signInAs(a.userId);
    expect(await replyAction(null, form({ org: a.slug, botId: botA, subscriberId: subB.id, text: "hi" }))).toMatchObject({ ok: false, message: "Conversation not found." });
    expect(await db.botMessage.count({ where: { subscriberId: subB.id } })).toBe(0);
    const feed = route(`/${a.slug}/bots/${botA}/inbox/feed?c=${subB.id}`);
    expect((await inboxFeed(feed.req, feed.params({ org: a.slug, botId: botA }))).status).toBe(404);
    const mine = route(`/${a.slug}/bots/${botA}/inbox/feed?c=${subsA[0].id}`);
    const body = await (await inboxFeed(mine.req, mine.params({ org: a.slug, botId: botA }))).json();
    expect(body.conversations.items.map((c: { id: string }) => c.id)).toContain(subsA[0].id);
    expect(body.open.messages.at(-1).text).toBe("Hi &lt;there&gt;");
  });
});

describe("broadcasts", () => {
  it("validates next to fields, counts the audience, starts, pauses and cancels; another org's broadcast is not found", async () => {
    signInAs(a.userId);
    const bad = await createBroadcastAction(null, form({ org: a.slug, botId: botA, text: "", when: "schedule", scheduledAt: "", "buttonText[]": "Go", "buttonUrl[]": "javascript:alert(1)" }));
    expect(bad).toMatchObject({ ok: false });
    expect(Object.keys((bad as { fieldErrors: object }).fieldErrors).sort()).toEqual(["buttons.0.url", "scheduledAt", "text"]);
    const count = route(`/${a.slug}/bots/${botA}/broadcasts/audience-count?tags=promo`);
    expect(await (await audienceCount(count.req, count.params({ org: a.slug, botId: botA }))).json()).toEqual({ count: 1 });
    const digest = ((await createBroadcastAction(null, form({ org: a.slug, botId: botA, text: "Sale!", when: "draft", "tags[]": "vip" })).catch((e) => e)) as { digest: string }).digest;
    const broadcastId = digest.split(";")[2].split("/").pop()!;
    expect(await changeBroadcastStatusAction(null, form({ org: a.slug, botId: botA, broadcastId, command: "pause" }))).toMatchObject({ ok: false });
    signInAs(b.userId);
    expect(await changeBroadcastStatusAction(null, form({ org: b.slug, botId: botB, broadcastId, command: "cancel" }))).toMatchObject({ ok: false, message: "Broadcast not found." });
    signInAs(a.userId);
    // A draft is deleted, not canceled.
    expect(await changeBroadcastStatusAction(null, form({ org: a.slug, botId: botA, broadcastId, command: "cancel" }))).toMatchObject({ ok: false, message: "A draft is not going out, so there is nothing to cancel: delete it instead." });
    expect((await db.broadcast.findUniqueOrThrow({ where: { id: broadcastId }, select: { status: true } })).status).toBe("DRAFT");
    await db.broadcast.update({ where: { id: broadcastId }, data: { status: "SCHEDULED", scheduledAt: new Date(Date.now() + 3_600_000) } });
    expect(await changeBroadcastStatusAction(null, form({ org: a.slug, botId: botA, broadcastId, command: "cancel" }))).toMatchObject({ ok: true });
    expect((await db.broadcast.findUniqueOrThrow({ where: { id: broadcastId }, select: { status: true } })).status).toBe("CANCELED");
  });
});
