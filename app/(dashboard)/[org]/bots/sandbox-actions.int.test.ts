import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as webhook } from "@/app/api/telegram/[botId]/route";
import { saveBroadcast } from "@/lib/bots/broadcasts/save-broadcast";
import { decryptBotToken } from "@/lib/bots/admin/encrypt-bot-token";
import { replyToSubscriber } from "@/lib/bots/inbox/reply-to-subscriber";
import { listConversations } from "@/lib/bots/inbox/list-conversations";
import { listSubscriberMessages } from "@/lib/bots/subscribers/get-subscriber";
import { db } from "@/lib/db/client";
import { createBot, textUpdate, webhookRequest } from "@/test/bot-factories";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { type FakeTelegram, startFakeTelegram } from "@/test/fakes/fake-telegram";
import { GET as inboxFeed } from "./[botId]/inbox/feed/route";
import { GET as simulatorFeed } from "./[botId]/simulator/feed/route";
import { setCommandsAction, setWebhookAction } from "./actions";
import { connectSandboxBotAction, createSandboxBotAction, deleteSandboxBotAction, simulatorPressAction, simulatorSendAction } from "./sandbox-actions";
import { redirectOf } from "@/test/actions";

// Integration: a sandbox bot, created without a token, talked to from the simulator through the
// real update queue and flow engine, against the fake Telegram API, which must see no call at all.
let fake: FakeTelegram;
let org: Awaited<ReturnType<typeof createOrg>>;
let botId: string;
const token = (id: number) => `${id}:AAHfakeTokenForTests_${id}_abcdefghijklmno`;

const get = (handler: typeof inboxFeed, path: string, params: Record<string, string>) => handler(new Request(`http://localhost${path}`), { params: Promise.resolve(params) });
const log = (id: string) => db.botMessage.findMany({ where: { botId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { direction: true, status: true, text: true, telegramMessageId: true, id: true, payload: true } });
const say = (text: string) => simulatorSendAction(null, form({ org: org.slug, botId, text }));

beforeAll(async () => {
  fake = await startFakeTelegram();
  process.env.TELEGRAM_API_ROOT = fake.url;
  org = await createOrg();
  signInAs(org.userId);
});
afterAll(() => fake.close());

describe("sandbox bot", () => {
  it("is created without a token, with the published welcome flow, once per org", async () => {
    const url = await redirectOf(createSandboxBotAction(null, form({ org: org.slug })));
    botId = url.split("/").pop()!;
    expect(await db.bot.findUniqueOrThrow({ where: { id: botId }, select: { orgId: true, status: true, tokenEncrypted: true } })).toEqual({ orgId: org.orgId, status: "SANDBOX", tokenEncrypted: null });
    expect(await db.flow.findMany({ where: { botId }, select: { name: true, publishedVersion: true } })).toEqual([{ name: "Welcome", publishedVersion: 1 }]);
    expect(await redirectOf(createSandboxBotAction(null, form({ org: org.slug })))).toBe(url);
    expect(await db.bot.count({ where: { orgId: org.orgId } })).toBe(1);
    expect(fake.calls).toHaveLength(0);
  });

  it("/start in the simulator goes through the update queue and the flow; the replies are recorded, never sent", async () => {
    expect(await say("/start")).toEqual({ ok: true });
    expect(await db.telegramUpdate.findMany({ where: { botId }, select: { processedAt: true, error: true } })).toEqual([{ processedAt: expect.any(Date), error: null }]);
    const messages = await log(botId);
    expect(messages.map((m) => [m.direction, m.status, m.text])).toEqual([
      ["IN", "RECEIVED", "/start"],
      ["OUT", "SENT", "Hi Sandbox! Welcome to <b>Frontdesk</b>."],
      ["OUT", "SENT", "What should we call you?"],
    ]);
    expect(fake.calls).toHaveLength(0);
    // The simulated user is no customer: nothing in the org's customer records (nor its analytics).
    expect(await db.customer.count({ where: { orgId: org.orgId } })).toBe(0);
    expect(await db.botSubscriber.findFirstOrThrow({ where: { botId }, select: { customerId: true, firstName: true } })).toEqual({ customerId: null, firstName: "Sandbox" });
  });

  it("the conversation is in the inbox loader and the simulator feed; buttons press through the engine", async () => {
    await say("Ada");
    await say("ada@example.com");
    const menu = (await log(botId)).at(-1)!;
    expect(menu.text).toBe("What would you like to do?");
    const sim = await (await get(simulatorFeed, `/${org.slug}/bots/${botId}/simulator/feed`, { org: org.slug, botId })).json();
    const book = sim.messages
      .at(-1)
      .buttons.flat()
      .find((b: { text: string }) => b.text === "Book");
    expect(book).toEqual({ text: "Book", data: expect.any(String) });
    expect(await simulatorPressAction(null, form({ org: org.slug, botId, messageId: menu.id, data: book.data }))).toEqual({ ok: true });
    const after = await log(botId);
    expect(after.at(-2)!.text).toBe("[Book]");
    expect(after.at(-1)).toMatchObject({ direction: "OUT", status: "SENT", text: "Pick a time that suits you:" });
    // A button that is not on the message is refused and records nothing.
    const updates = await db.telegramUpdate.count({ where: { botId } });
    expect(await simulatorPressAction(null, form({ org: org.slug, botId, messageId: menu.id, data: "not-a-button" }))).toMatchObject({ ok: false, message: "That button is not on this message." });
    expect(await db.telegramUpdate.count({ where: { botId } })).toBe(updates);
    expect(await say("   ")).toMatchObject({ ok: false, fieldErrors: { text: "Type a message" } });

    const { items } = await listConversations({ orgId: org.orgId, botId });
    expect(items).toEqual([expect.objectContaining({ firstName: "Sandbox", lastMessageText: "Pick a time that suits you:" })]);
    const feed = await (await get(inboxFeed, `/${org.slug}/bots/${botId}/inbox/feed?c=${items[0].id}`, { org: org.slug, botId })).json();
    expect(feed.open.messages.map((m: { text: string }) => m.text)).toContain("Hi Sandbox! Welcome to <b>Frontdesk</b>.");

    // A person's reply from the inbox and the engine's replies take the same one sender: recorded.
    await replyToSubscriber({ orgId: org.orgId, botId, subscriberId: items[0].id, userId: org.userId, text: "Hello from the team" });
    const { sendBotMessages } = await import("@/lib/bots/runtime/send-bot-messages");
    await sendBotMessages({ subscriberId: items[0].id });
    expect((await listSubscriberMessages({ orgId: org.orgId, subscriberId: items[0].id, pageSize: 50 })).items.at(-1)).toMatchObject({ text: "Hello from the team", status: "SENT" });
    expect(fake.calls).toHaveLength(0);
    expect(await db.customer.count({ where: { orgId: org.orgId } })).toBe(0);
  });

  it("never takes a webhook post and refuses broadcasts with a reason", async () => {
    const bot = await db.bot.findUniqueOrThrow({ where: { id: botId }, select: { webhookSecret: true } });
    const res = await webhook(webhookRequest(botId, bot.webhookSecret, textUpdate(100_000_001, "/start")), { params: Promise.resolve({ botId }) });
    expect(res.status).toBe(401);
    await expect(saveBroadcast({ orgId: org.orgId, botId, userId: org.userId, timezone: "UTC", fields: { name: "", text: "Hi", imageUrl: "", buttons: [], audience: {}, when: "now", scheduledAt: "" } as never })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/Broadcasts need a real bot/),
    });
    expect(await db.broadcast.count({ where: { botId } })).toBe(0);
    // Telegram-side settings say why instead of trying.
    expect(await setCommandsAction(null, form({ org: org.slug, botId, commands: "start - Begin" }))).toMatchObject({ ok: false, message: expect.stringMatching(/sandbox bot: it is not connected to Telegram/) });
    expect(await setWebhookAction(null, form({ org: org.slug, botId }))).toMatchObject({ ok: false, message: expect.stringMatching(/sandbox bot/) });
    expect(fake.calls).toHaveLength(0);
  });

  it("only an owner or admin creates one; staff may use the simulator", async () => {
    const staff = await addMember(org.orgId, "STAFF");
    signInAs(staff.id);
    try {
      expect(await createSandboxBotAction(null, form({ org: org.slug }))).toMatchObject({ ok: false });
      expect(await simulatorSendAction(null, form({ org: org.slug, botId, text: "menu" }))).toEqual({ ok: true });
    } finally {
      signInAs(org.userId);
    }
  });

  it("another org's members get 404 for it, whatever they try; a real bot is no sandbox", async () => {
    const other = await createOrg();
    signInAs(other.userId);
    try {
      const before = await db.botMessage.count({ where: { botId } });
      expect(await simulatorSendAction(null, form({ org: other.slug, botId, text: "/start" }))).toMatchObject({ ok: false, message: "Sandbox bot not found." });
      expect((await get(simulatorFeed, `/${other.slug}/bots/${botId}/simulator/feed`, { org: other.slug, botId })).status).toBe(404);
      expect(await deleteSandboxBotAction(null, form({ org: other.slug, botId }))).toMatchObject({ ok: false, message: "Sandbox bot not found." });
      expect(await connectSandboxBotAction(null, form({ org: other.slug, botId, token: token(737373) }))).toMatchObject({ ok: false, message: "Sandbox bot not found." });
      expect(await db.botMessage.count({ where: { botId } })).toBe(before);
      const real = await createBot({ orgId: other.orgId });
      expect(await simulatorSendAction(null, form({ org: other.slug, botId: real.botId, text: "/start" }))).toMatchObject({ ok: false, message: "Sandbox bot not found." });
      expect(await db.telegramUpdate.count({ where: { botId: real.botId } })).toBe(0);
    } finally {
      signInAs(org.userId);
    }
    expect(await db.bot.findUniqueOrThrow({ where: { id: botId }, select: { status: true } })).toEqual({ status: "SANDBOX" });
    expect(fake.calls.filter((c) => c.method === "getMe")).toHaveLength(0);
  });

  it("connecting a real bot turns the sandbox into it: flows kept, the simulated conversation gone", async () => {
    const flowIds = (await db.flow.findMany({ where: { botId }, select: { id: true } })).map((f) => f.id);
    const url = await redirectOf(connectSandboxBotAction(null, form({ org: org.slug, botId, token: token(818181) })));
    expect(url).toBe(`/${org.slug}/bots/${botId}?connected=1`);
    const bot = await db.bot.findUniqueOrThrow({ where: { id: botId }, select: { status: true, telegramBotId: true, username: true, tokenEncrypted: true } });
    expect(bot).toMatchObject({ status: "ACTIVE", telegramBotId: 818181n, username: "test818181_bot" });
    expect(decryptBotToken(bot.tokenEncrypted!)).toBe(token(818181));
    expect(fake.callsOf("setWebhook", token(818181))).toHaveLength(1);
    expect((await db.flow.findMany({ where: { botId }, select: { id: true } })).map((f) => f.id)).toEqual(flowIds);
    expect(await db.botSubscriber.count({ where: { botId } })).toBe(0);
    expect(await db.botMessage.count({ where: { botId } })).toBe(0);
    expect(await db.telegramUpdate.count({ where: { botId } })).toBe(0);
    // No longer a sandbox: the simulator refuses it.
    expect(await say("/start")).toMatchObject({ ok: false, message: "Sandbox bot not found." });
  });

  it("a sandbox beside a real bot can be deleted with its flows and conversation", async () => {
    const url = await redirectOf(createSandboxBotAction(null, form({ org: org.slug })));
    const sandboxId = url.split("/").pop()!;
    expect(sandboxId).not.toBe(botId);
    await simulatorSendAction(null, form({ org: org.slug, botId: sandboxId, text: "/start" }));
    expect(await db.botMessage.count({ where: { botId: sandboxId } })).toBe(3);
    // The real bot's token cannot turn this sandbox into the bot the org already has.
    expect(await connectSandboxBotAction(null, form({ org: org.slug, botId: sandboxId, token: token(818181) }))).toMatchObject({ ok: false, fieldErrors: { token: expect.stringMatching(/already one of your bots/) } });
    expect(await db.bot.findUniqueOrThrow({ where: { id: sandboxId }, select: { status: true } })).toEqual({ status: "SANDBOX" });
    // The real bot's id is not a sandbox: deleting it that way is refused.
    expect(await deleteSandboxBotAction(null, form({ org: org.slug, botId }))).toMatchObject({ ok: false, message: "Sandbox bot not found." });
    expect(await redirectOf(deleteSandboxBotAction(null, form({ org: org.slug, botId: sandboxId })))).toBe(`/${org.slug}/bots?sandboxDeleted=1`);
    expect(await db.bot.count({ where: { id: sandboxId } })).toBe(0);
    expect(await db.flow.count({ where: { botId: sandboxId } })).toBe(0);
    expect(await db.botMessage.count({ where: { botId: sandboxId } })).toBe(0);
    expect(await db.bot.count({ where: { id: botId } })).toBe(1);
  });
});
