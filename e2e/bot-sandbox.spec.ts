import { readFileSync } from "node:fs";
import { e2eDb, expect, signIn, test } from "./fixtures";

// Sandbox e2e: a new org tries the bot builder without a BotFather token. The simulator's messages
// run through the real update queue and flow engine; the fake Telegram API sees none of it.
const telegramUrl = () => (JSON.parse(readFileSync(".data/e2e-fake-stripe.json", "utf8")) as { telegramUrl: string }).telegramUrl;
const SANDBOX_CHAT = 100_000_001;

test("[BOTS]: a new org tries a sandbox bot, /start in the simulator gets the starter flow's reply", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/bots`);
  await expect(page.getByRole("heading", { name: "No bots yet" })).toBeVisible();
  await page.getByRole("button", { name: "Try a sandbox bot" }).click();
  await page.waitForURL(/\/bots\/[^/?]+$/);
  await expect(page.getByText("Sandbox, not connected to Telegram")).toBeVisible();

  const phone = page.getByRole("region", { name: "Sandbox simulator" });
  await phone.getByLabel("Message to the sandbox bot").fill("/start");
  await phone.getByRole("button", { name: "Send" }).click();
  await expect(phone.getByTestId("simulator-bot-message").filter({ hasText: "Hi Sandbox! Welcome to Frontdesk." })).toBeVisible();
  await expect(phone.getByText("What should we call you?")).toBeVisible();
  await phone.getByLabel("Message to the sandbox bot").fill("Ada");
  await phone.getByRole("button", { name: "Send" }).click();
  await expect(phone.getByText("Nice to meet you, Ada. What is your email?")).toBeVisible();

  // The live inbox shows the simulated conversation, labelled Sandbox.
  await page.getByRole("link", { name: "Inbox" }).click();
  const conversations = page.getByRole("list", { name: "Conversations" });
  await expect(conversations.getByText("Sandbox tester")).toBeVisible();
  await expect(conversations.getByText("Sandbox", { exact: true })).toBeVisible();

  // Nothing reached Telegram, and the tester is not a customer.
  const { calls } = (await (await fetch(`${telegramUrl()}/__fake/calls`)).json()) as { calls: { method: string; body: { chat_id?: number } }[] };
  expect(calls.filter((c) => c.body.chat_id === SANDBOX_CHAT)).toEqual([]);
  expect(await e2eDb.customer.count({ where: { orgId: account.orgId } })).toBe(0);
});
