import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { e2eDb, expect, signIn, test } from "./fixtures";

// Bot audience e2e: a bot connected against the fake Telegram API (e2e/start-with-fake-stripe.ts),
// subscribers written straight into the database, then the inbox and a broadcast driven in the
// browser, with what reached the fake Telegram checked.
const telegramUrl = () => (JSON.parse(readFileSync(".data/e2e-fake-stripe.json", "utf8")) as { telegramUrl: string }).telegramUrl;

async function sentTexts(chatIds: number[]): Promise<string[]> {
  const { calls } = (await (await fetch(`${telegramUrl()}/__fake/calls`)).json()) as { calls: { method: string; body: { chat_id?: number; text?: string } }[] };
  return calls.filter((c) => c.method === "sendMessage" && chatIds.includes(Number(c.body.chat_id))).map((c) => String(c.body.text));
}

/** Connects a bot through the page (its token is encrypted by the server) and returns its id. */
async function connectBot(page: Page, slug: string): Promise<string> {
  await page.goto(`/${slug}/bots`);
  await page.getByLabel("Bot token").fill(`${randomInt(100_000_000, 999_999_999)}:AAHe2eAudienceTokenForTheFakeApi_x`);
  await page.getByRole("button", { name: "Connect bot" }).click();
  await page.waitForURL(/\/bots\/[^/?]+\?connected=1/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function addSubscribers(orgId: string, botId: string, people: { name: string; tags?: string[]; status?: "ACTIVE" | "BLOCKED" }[]) {
  const base = randomInt(1_000_000, 900_000_000);
  const rows = people.map((p, i) => ({ orgId, botId, chatId: BigInt(base + i), telegramUserId: BigInt(base + i), firstName: p.name, tags: p.tags ?? [], status: p.status ?? "ACTIVE" }));
  await e2eDb.botSubscriber.createMany({ data: rows });
  return e2eDb.botSubscriber.findMany({ where: { botId, chatId: { in: rows.map((r) => r.chatId) } }, orderBy: { chatId: "asc" }, select: { id: true, chatId: true, firstName: true } });
}

test("[BOTS]: reply from the inbox", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await signIn(page, account.email, account.password);
  const botId = await connectBot(page, account.slug);
  const [ada] = await addSubscribers(account.orgId, botId, [{ name: "Ada" }]);
  await e2eDb.botMessage.create({ data: { orgId: account.orgId, botId, subscriberId: ada.id, direction: "IN", text: "I need a person, please" } });
  await e2eDb.botSubscriber.update({ where: { id: ada.id }, data: { lastMessageAt: new Date(), lastMessageText: "I need a person, please", unreadCount: 1, handedOff: true } });

  await page.goto(`/${account.slug}/bots/${botId}/inbox`);
  const item = page.getByRole("list", { name: "Conversations" }).getByRole("button", { name: /Ada/ });
  await expect(item.getByText("Needs a human")).toBeVisible();
  await item.click();
  const conversation = page.getByRole("region", { name: "Conversation with Ada" });
  await expect(conversation.getByText("I need a person, please")).toBeVisible();

  await page.getByRole("button", { name: "Send" }).click();
  await expect(conversation.getByText("Write a message")).toBeVisible();
  await page.getByLabel("Reply").fill("Hi Ada, Sam here. How can I help?");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(conversation.getByText("Hi Ada, Sam here. How can I help?")).toBeVisible();
  await expect.poll(() => sentTexts([Number(ada.chatId)]), { timeout: 30_000 }).toEqual(["Hi Ada, Sam here. How can I help?"]);

  // A new message arrives: it shows up without a reload.
  await e2eDb.botMessage.create({ data: { orgId: account.orgId, botId, subscriberId: ada.id, direction: "IN", text: "Thanks, Sam!" } });
  await e2eDb.botSubscriber.update({ where: { id: ada.id }, data: { lastMessageAt: new Date(), unreadCount: { increment: 1 } } });
  await expect(conversation.getByText("Thanks, Sam!")).toBeVisible({ timeout: 10_000 });

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Hand back to bot" }).click();
  await expect(page.getByRole("button", { name: "Hand back to bot" })).toBeHidden();
  await expect(item.getByText("Needs a human")).toBeHidden();
});

test("[BOTS]: send a broadcast to a tag", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await signIn(page, account.email, account.password);
  const botId = await connectBot(page, account.slug);
  const people = await addSubscribers(account.orgId, botId, [
    { name: "Vera", tags: ["vip"] },
    { name: "Vlad", tags: ["vip", "new"] },
    { name: "Vic", tags: ["vip"] },
    { name: "Otto", tags: ["new"] },
    { name: "Bea", tags: ["vip"], status: "BLOCKED" },
  ]);

  await page.goto(`/${account.slug}/bots/${botId}/broadcasts`);
  await expect(page.getByRole("heading", { name: "No broadcasts yet" })).toBeVisible();
  await page.getByRole("link", { name: "New broadcast" }).first().click();
  await page.getByRole("button", { name: "Send broadcast" }).click();
  await expect(page.getByText("Write the message")).toBeVisible();

  await page.getByLabel("Text").fill("Spring sale for you, {{first_name}}!");
  await page.getByLabel("vip").check();
  await expect(page.getByTestId("recipient-count")).toHaveText("3");
  await page.getByRole("button", { name: "Send broadcast" }).click();
  await page.waitForURL(/\/broadcasts\/[^/]+$/);
  await expect(page.getByText("Sent", { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");

  const chatIds = people.map((p) => Number(p.chatId));
  expect((await sentTexts(chatIds)).sort()).toEqual(["Spring sale for you, Vera!", "Spring sale for you, Vic!", "Spring sale for you, Vlad!"]);
  await page.getByRole("link", { name: "Sent", exact: true }).click();
  await expect(page.getByRole("row")).toHaveCount(4);
});

test("[BOTS]: delete a drip sequence, after a confirm; its enrollments stop", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await signIn(page, account.email, account.password);
  const botId = await connectBot(page, account.slug);
  const [ada] = await addSubscribers(account.orgId, botId, [{ name: "Ada", tags: ["lead"] }]);
  const sequence = await e2eDb.dripSequence.create({
    data: {
      orgId: account.orgId,
      botId,
      name: "Onboarding",
      triggerTag: "lead",
      steps: { create: [{ position: 0, delayMinutes: 60, text: "Welcome aboard" }] },
      enrollments: { create: [{ subscriberId: ada.id, nextAt: new Date(Date.now() + 3_600_000) }] },
    },
    select: { id: true },
  });

  await page.goto(`/${account.slug}/bots/${botId}/drips/${sequence.id}`);
  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.getByRole("button", { name: "Delete sequence" }).click();
  await expect(page.getByRole("heading", { name: "Onboarding" })).toBeVisible(); // dismissed: nothing happened
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete sequence" }).click();
  await expect(page.getByRole("status")).toContainText("Sequence deleted");
  await expect(page.getByText("No drip sequences yet")).toBeVisible();
  expect(await e2eDb.dripEnrollment.count({ where: { subscriberId: ada.id } })).toBe(0);
});

test("[BOTS]: edit a draft broadcast, then delete it after a confirm", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await signIn(page, account.email, account.password);
  const botId = await connectBot(page, account.slug);
  const draft = await e2eDb.broadcast.create({ data: { orgId: account.orgId, botId, status: "DRAFT", name: "Spring sale", text: "Hello", audience: { tags: ["vip"] } }, select: { id: true } });

  await page.goto(`/${account.slug}/bots/${botId}/broadcasts/${draft.id}`);
  await page.getByRole("link", { name: "Edit draft" }).click();
  await expect(page.getByLabel("Text")).toHaveValue("Hello");
  await expect(page.getByRole("checkbox", { name: "vip" })).toBeChecked(); // the saved audience, though nobody has the tag
  await page.getByLabel("Text").fill("Hello again");
  await page.getByRole("button", { name: "Save draft" }).click();
  await page.waitForURL(new RegExp(`/broadcasts/${draft.id}$`));
  await expect(page.getByText("Hello again")).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete draft" }).click();
  await expect(page.getByRole("status")).toContainText("Draft deleted");
  expect(await e2eDb.broadcast.count({ where: { id: draft.id } })).toBe(0);
});

/** Which of a broadcast's actions its page offers. */
async function offeredActions(page: Page) {
  const all = ["Send now", "Schedule", "Edit draft", "Delete draft", "Send test to me", "Pause", "Resume", "Cancel broadcast"];
  const shown = await Promise.all(all.map(async (name) => ((await page.getByRole("button", { name, exact: true }).count()) + (await page.getByRole("link", { name, exact: true }).count()) > 0 ? name : null)));
  return shown.filter(Boolean);
}

test("[BOTS]: a draft broadcast shows its message as Telegram does, who it reaches now, a test to my own chat, and each state only its actions", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await signIn(page, account.email, account.password);
  const botId = await connectBot(page, account.slug);
  await addSubscribers(account.orgId, botId, [
    { name: "Ada", tags: ["vip"] },
    { name: "Bo", tags: ["vip"] },
    { name: "Cy", tags: ["vip"], status: "BLOCKED" },
  ]);
  const draft = await e2eDb.broadcast.create({ data: { orgId: account.orgId, botId, status: "DRAFT", name: "VIP night", text: "Hello <b>VIPs</b>, <i>tonight</i> only", audience: { tags: ["vip"] } }, select: { id: true } });
  const page_ = `/${account.slug}/bots/${botId}/broadcasts/${draft.id}`;

  // No chat of mine yet: the page says how to link it instead of a button that cannot work.
  await page.goto(page_);
  const preview = page.getByLabel("Message preview");
  await expect(preview.locator("b")).toHaveText("VIPs");
  await expect(preview.locator("i")).toHaveText("tonight");
  await expect(preview).not.toContainText("<b>");
  await expect(page.getByTestId("recipients-now")).toContainText("2 recipients right now");
  await expect(page.getByText(`give the bot ${account.email} when it asks`)).toBeVisible();
  expect(await offeredActions(page)).toEqual(["Send now", "Schedule", "Edit draft", "Delete draft"]);

  // My own chat (a subscriber whose customer has my email): the test goes there, and only there.
  const me = await e2eDb.customer.create({ data: { orgId: account.orgId, name: "Me", email: account.email }, select: { id: true } });
  const [mine] = await addSubscribers(account.orgId, botId, [{ name: "Me" }]);
  await e2eDb.botSubscriber.update({ where: { id: mine.id }, data: { customerId: me.id } });
  await page.reload();
  await page.getByRole("button", { name: "Send test to me" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Test sent to your Telegram chat, Me." })).toBeVisible();
  await expect.poll(() => sentTexts([Number(mine.chatId)])).toEqual(["Hello <b>VIPs</b>, <i>tonight</i> only"]);
  expect((await e2eDb.broadcast.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } })).status).toBe("DRAFT");

  // "Schedule" opens the draft with Schedule chosen.
  await page.getByRole("link", { name: "Schedule", exact: true }).click();
  await expect(page.getByRole("radio", { name: "Schedule" })).toBeChecked();

  const states = [
    ["SCHEDULED", ["Send now", "Send test to me", "Cancel broadcast"]],
    ["PAUSED", ["Resume", "Cancel broadcast"]],
    ["DONE", []],
    ["CANCELED", []],
  ] as const;
  for (const [status, actions] of states) {
    await e2eDb.broadcast.update({ where: { id: draft.id }, data: { status, scheduledAt: status === "SCHEDULED" ? new Date(Date.now() + 7 * 86_400_000) : null, startedAt: status === "SCHEDULED" ? null : new Date() } });
    await page.goto(page_);
    await expect(page.getByRole("heading", { name: "VIP night" })).toBeVisible();
    expect(await offeredActions(page), status).toEqual(actions);
  }
});
