import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { e2eDb, expect, signIn, test } from "./fixtures";

// Bots e2e: connect a bot against the fake Telegram API that e2e/start-with-fake-stripe.ts
// starts beside the app, then post an update to the real webhook and see the reply reach Telegram.
const telegramUrl = () => (JSON.parse(readFileSync(".data/e2e-fake-stripe.json", "utf8")) as { telegramUrl: string }).telegramUrl;

async function sentTo(chatId: number): Promise<string[]> {
  const { calls } = (await (await fetch(`${telegramUrl()}/__fake/calls`)).json()) as { calls: { method: string; body: { chat_id?: number; text?: string } }[] };
  return calls.filter((c) => c.method === "sendMessage" && c.body.chat_id === chatId).map((c) => String(c.body.text));
}

test("[BOTS]: connect a bot, webhook update gets a reply", async ({ page, makeAccount, request }) => {
  const account = await makeAccount();
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/bots`);
  await expect(page.getByRole("heading", { name: "No bots yet" })).toBeVisible();

  await page.getByLabel("Bot token").fill("not-a-token");
  await page.getByRole("button", { name: "Connect bot" }).click();
  await expect(page.getByText("This does not look like a BotFather token")).toBeVisible();

  const telegramBotId = randomInt(100_000_000, 999_999_999);
  await page.getByLabel("Bot token").fill(`${telegramBotId}:AAHe2eTokenForTheFakeTelegramApi_x`);
  await page.getByRole("button", { name: "Connect bot" }).click();
  await page.waitForURL(/\/bots\/[^/?]+\?connected=1/);
  await expect(page.getByRole("status").filter({ hasText: `@test${telegramBotId}_bot is connected` })).toBeVisible();
  await expect(page.getByText("Points here")).toBeVisible();
  await expect(page.getByRole("link", { name: "Inbox" })).toBeVisible();
  const botId = new URL(page.url()).pathname.split("/").pop()!;
  expect(await page.content()).not.toContain("AAHe2eToken");

  const bot = await e2eDb.bot.findUniqueOrThrow({ where: { id: botId }, select: { webhookSecret: true } });
  const chatId = randomInt(100_000, 900_000_000);
  const update = { update_id: randomInt(1, 2 ** 31), message: { message_id: 1, date: 1, from: { id: chatId, is_bot: false, first_name: "Erin" }, chat: { id: chatId, type: "private" }, text: "/start" } };
  expect((await request.post(`/api/telegram/${botId}`, { headers: { "x-telegram-bot-api-secret-token": "wrong" }, data: update })).status()).toBe(401);
  expect((await request.post(`/api/telegram/${botId}`, { headers: { "x-telegram-bot-api-secret-token": bot.webhookSecret }, data: update })).status()).toBe(200);
  expect((await request.post(`/api/telegram/${botId}`, { headers: { "x-telegram-bot-api-secret-token": bot.webhookSecret }, data: update })).status()).toBe(200);

  await expect.poll(() => sentTo(chatId), { timeout: 30_000 }).toEqual(["Hi Erin! Welcome to <b>Frontdesk</b>.", "What should we call you?"]);
  const subscriber = await e2eDb.botSubscriber.findUniqueOrThrow({ where: { botId_chatId: { botId, chatId: BigInt(chatId) } }, select: { customer: { select: { name: true, source: true } } } });
  expect(subscriber.customer).toEqual({ name: "Erin", source: "TELEGRAM" });

  await page.reload();
  await expect(page.getByText("Subscribers").locator("..").getByText("1", { exact: true })).toBeVisible();
});
