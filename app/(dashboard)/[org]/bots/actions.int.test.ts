import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptBotToken } from "@/lib/bots/admin/encrypt-bot-token";
import { db } from "@/lib/db/client";
import { createOrg, form, signInAs } from "@/test/factories";
import { type FakeTelegram, startFakeTelegram } from "@/test/fakes/fake-telegram";
import { connectBotAction, disconnectBotAction, setCommandsAction, setWebhookAction } from "./actions";
import { redirectOf } from "@/test/actions";

// Integration: connecting a bot through its server action, against the fake Telegram API.
let fake: FakeTelegram;
let org: Awaited<ReturnType<typeof createOrg>>;
const token = (id: number) => `${id}:AAHfakeTokenForTests_${id}_abcdefghijklmno`;

beforeAll(async () => {
  fake = await startFakeTelegram();
  process.env.TELEGRAM_API_ROOT = fake.url;
  org = await createOrg();
});
afterAll(() => fake.close());

describe("connect a bot", () => {
  it("checks the token, stores it encrypted, sets the webhook with a secret and publishes a welcome flow", async () => {
    signInAs(org.userId);
    const url = await redirectOf(connectBotAction(null, form({ org: org.slug, token: ` ${token(424242)} ` })));
    const botId = url.split("/").pop()!.split("?")[0];
    const bot = await db.bot.findUniqueOrThrow({ where: { id: botId }, select: { orgId: true, username: true, tokenEncrypted: true, webhookSecret: true, status: true, telegramBotId: true } });
    expect(bot).toMatchObject({ orgId: org.orgId, username: "test424242_bot", status: "ACTIVE", telegramBotId: 424242n });
    expect(bot.tokenEncrypted).not.toContain("AAHfake");
    expect(decryptBotToken(bot.tokenEncrypted!)).toBe(token(424242));
    const hook = fake.callsOf("setWebhook", token(424242)).at(-1)!.body;
    expect(hook).toMatchObject({ url: `http://localhost:3000/api/telegram/${botId}`, secret_token: bot.webhookSecret });
    expect(String(bot.webhookSecret).length).toBeGreaterThanOrEqual(32);
    const flows = await db.flow.findMany({ where: { botId }, select: { publishedVersion: true, versions: { select: { version: true } } } });
    expect(flows).toEqual([{ publishedVersion: 1, versions: [{ version: 1 }] }]);

    // Reconnecting the same bot keeps its row and flows, with a new secret.
    await redirectOf(connectBotAction(null, form({ org: org.slug, token: token(424242) })));
    expect(await db.bot.count({ where: { orgId: org.orgId } })).toBe(1);
    expect(await db.flow.count({ where: { botId } })).toBe(1);
  });

  it("a token Telegram rejects is a field error; nothing is stored and the token is not echoed", async () => {
    fake.rejectToken(token(515151));
    const res = await connectBotAction(null, form({ org: org.slug, token: token(515151) }));
    expect(res).toMatchObject({ ok: false, fieldErrors: { token: "This token was rejected by Telegram" } });
    expect(JSON.stringify(res)).not.toContain("AAHfake");
    const malformed = await connectBotAction(null, form({ org: org.slug, token: "hello" }));
    expect(malformed).toMatchObject({ ok: false, fieldErrors: { token: expect.stringMatching(/BotFather/) } });
    expect(await db.bot.count({ where: { telegramBotId: 515151n } })).toBe(0);
  });

  it("Telegram down: a clear message and nothing stored", async () => {
    process.env.TELEGRAM_API_ROOT = "http://127.0.0.1:9";
    try {
      const res = await connectBotAction(null, form({ org: org.slug, token: token(616161) }));
      expect(res).toMatchObject({ ok: false, message: expect.stringMatching(/Telegram could not be reached/) });
    } finally {
      process.env.TELEGRAM_API_ROOT = fake.url;
    }
    expect(await db.bot.count({ where: { telegramBotId: 616161n } })).toBe(0);
  });

  it("another org cannot connect the same bot nor touch this one; commands are validated", async () => {
    const other = await createOrg();
    signInAs(other.userId);
    expect(await connectBotAction(null, form({ org: other.slug, token: token(424242) }))).toMatchObject({ ok: false, fieldErrors: { token: expect.stringMatching(/another organization/) } });
    const bot = await db.bot.findFirstOrThrow({ where: { orgId: org.orgId }, select: { id: true } });
    expect(await setWebhookAction(null, form({ org: other.slug, botId: bot.id }))).toMatchObject({ ok: false, message: "Bot not found." });
    signInAs(org.userId);
    expect(await setCommandsAction(null, form({ org: org.slug, botId: bot.id, commands: "start - Begin\nBad Command!" }))).toMatchObject({ ok: false, fieldErrors: { commands: expect.stringMatching(/Line 2/) } });
    expect(await setCommandsAction(null, form({ org: org.slug, botId: bot.id, commands: "/start - Begin\nhelp - What I can do" }))).toMatchObject({ ok: true });
    expect(fake.callsOf("setMyCommands").at(-1)!.body.commands).toEqual([
      { command: "start", description: "Begin" },
      { command: "help", description: "What I can do" },
    ]);
    await redirectOf(disconnectBotAction(null, form({ org: org.slug, botId: bot.id })));
    expect(await db.bot.findUniqueOrThrow({ where: { id: bot.id }, select: { status: true, tokenEncrypted: true } })).toEqual({ status: "DISCONNECTED", tokenEncrypted: null });
  });
});
