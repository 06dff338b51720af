import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page, APIRequestContext } from "@playwright/test";
import { createTicketedEvent } from "../test/ticketing-factories";
import { e2eDb, expect, signIn, test } from "./fixtures";

// The whole loop against the fake Telegram API: a person talks to the bot, taps Events, buys two
// paid tickets (fake Stripe) from the bot's link and gets them in the chat; taps Book, books a
// haircut from the bot's link and gets the confirmation in the chat. One customer throughout.
test.use({ timezoneId: "Europe/Berlin", locale: "en-US" });

type Call = { method: string; body: { chat_id?: number; text?: string; reply_markup?: { inline_keyboard: { text: string; url?: string }[][] } } };
const telegramUrl = () => (JSON.parse(readFileSync(".data/e2e-fake-stripe.json", "utf8")) as { telegramUrl: string }).telegramUrl;
const sentTo = async (chatId: number): Promise<Call["body"][]> => ((await (await fetch(`${telegramUrl()}/__fake/calls`)).json()) as { calls: Call[] }).calls.filter((c) => c.method === "sendMessage" && c.body.chat_id === chatId).map((c) => c.body);

async function connectBot(page: Page): Promise<string> {
  await page.getByLabel("Bot token").fill(`${randomInt(100_000_000, 999_999_999)}:AAHe2eTokenForTheFakeTelegramApi_x`);
  await page.getByRole("button", { name: "Connect bot" }).click();
  await page.waitForURL(/\/bots\/[^/?]+\?connected=1/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** Posts an update to the webhook and waits until the bot has answered it (`replies` more messages to the chat). */
async function say(request: APIRequestContext, bot: { id: string; webhookSecret: string }, chatId: number, update: object, replies: number) {
  const before = (await sentTo(chatId)).length;
  const res = await request.post(`/api/telegram/${bot.id}`, { headers: { "x-telegram-bot-api-secret-token": bot.webhookSecret }, data: { update_id: randomInt(1, 2 ** 31), ...update } });
  expect(res.status()).toBe(200);
  await expect.poll(async () => (await sentTo(chatId)).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(before + replies);
  return (await sentTo(chatId)).slice(before);
}

test("[BOT-COMMERCE]: tickets and a booking bought from the bot's links arrive in the Telegram chat", async ({ page, makeAccount, request }) => {
  const account = await makeAccount({ orgName: "Lumen Club" });
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/bots`);
  const botId = await connectBot(page);
  const bot = await e2eDb.bot.findUniqueOrThrow({ where: { id: botId }, select: { id: true, webhookSecret: true } });
  await createTicketedEvent({ orgId: account.orgId, client: e2eDb, title: "Night of Strings", slug: `strings-${account.slug}`, types: [{ name: "Standard", price: 1500, capacity: 20 }] });
  const service = await e2eDb.service.create({ data: { orgId: account.orgId, name: "Haircut", slug: "haircut", currency: "EUR", durationMinutes: 60, minimumNoticeMinutes: 60, bookingWindowDays: 30 } });
  const staff = await e2eDb.staffMember.create({ data: { orgId: account.orgId, name: "Klara Weiss", timeZone: "Europe/Berlin", rules: { create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "09:00", endTime: "17:00" })) } } });
  await e2eDb.serviceStaff.create({ data: { orgId: account.orgId, serviceId: service.id, staffMemberId: staff.id } });

  // /start, a name, no email: the bot's customer has none yet.
  const chatId = randomInt(100_000, 900_000_000);
  const from = { id: chatId, is_bot: false, first_name: "Tess" };
  const chat = { id: chatId, type: "private" };
  const text = (t: string) => ({ message: { message_id: randomInt(1, 2 ** 31), date: 1, from, chat, text: t } });
  await say(request, bot, chatId, text("/start"), 2);
  await say(request, bot, chatId, text("Tess"), 1);
  const menuShown = () => e2eDb.botMessage.count({ where: { botId, text: "What would you like to do?" } });
  for (let i = 0; i < 4 && (await menuShown()) === 0; i++) await say(request, bot, chatId, text("no thanks"), 1); // the email question gives up
  expect(await menuShown()).toBe(1);
  const tap = async (label: string) => {
    const lastMenu = () => e2eDb.botMessage.findFirstOrThrow({ where: { botId, text: "What would you like to do?" }, orderBy: { createdAt: "desc" }, select: { payload: true, telegramMessageId: true } });
    await expect.poll(async () => (await lastMenu()).telegramMessageId, { timeout: 30_000 }).not.toBeNull();
    const menu = await lastMenu();
    const button = (menu.payload as { buttons: { text: string; callback_data: string }[][] }).buttons.flat().find((b) => b.text === label)!;
    const replies = await say(request, bot, chatId, { callback_query: { id: `cq${randomInt(1, 2 ** 31)}`, from, message: { message_id: menu.telegramMessageId, date: 1, chat }, data: button.callback_data, chat_instance: "1" } }, 1);
    return replies.at(-1)!.reply_markup!.inline_keyboard[0][0].url!;
  };

  // Events -> the event's link (with ?ref=) -> two paid tickets on the fake Stripe Checkout.
  const eventLink = await tap("Events");
  expect(eventLink).toContain("?ref=");
  await page.goto(eventLink);
  await page.getByLabel("Quantity of Standard").selectOption("2");
  await page.getByLabel("Your name").fill("Tess Buyer");
  await page.getByLabel("Your email").fill("tess@example.com");
  await page.getByRole("button", { name: /Continue to payment/ }).click();
  await page.getByRole("button", { name: "Pay 30.00 EUR" }).click();
  await expect(page.getByRole("heading", { name: "You're going!" })).toBeVisible();
  await expect.poll(async () => (await sentTo(chatId)).some((m) => m.text?.includes("Your 2 tickets for <b>Night of Strings</b>")), { timeout: 30_000 }).toBe(true);
  const ticketsMessage = (await sentTo(chatId)).find((m) => m.text?.includes("Your 2 tickets"))!;
  const ticketLink = ticketsMessage.reply_markup!.inline_keyboard[0][0].url!;
  expect(ticketLink).toMatch(/\/t\/[A-Za-z0-9_-]+$/);

  // Book -> the booking link (with ?ref=) -> the service -> the first free time.
  await say(request, bot, chatId, text("menu"), 1);
  const bookLink = await tap("Book");
  await page.goto(bookLink);
  await page.getByRole("link", { name: /Haircut/ }).click();
  await expect(page.getByRole("heading", { name: "Haircut" })).toBeVisible();
  expect(page.url()).toContain("?ref=");
  await page
    .getByRole("button", { name: /, available$/ })
    .first()
    .click();
  await page
    .getByRole("list", { name: /^Times on / })
    .getByRole("button")
    .first()
    .click();
  await page.getByLabel("Name").fill("Tess Buyer");
  await page.getByLabel("Email").fill("tess@example.com");
  await page.screenshot({ path: test.info().outputPath("booking-from-bot.png"), fullPage: true });
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { name: "You're booked" })).toBeVisible();
  await expect.poll(async () => (await sentTo(chatId)).some((m) => m.text?.includes("is confirmed") && m.text.includes("<b>Haircut</b> with Klara Weiss")), { timeout: 30_000 }).toBe(true);

  // One customer: the bot's, with the email from the first purchase, holding both purchases.
  const subscriber = await e2eDb.botSubscriber.findUniqueOrThrow({ where: { botId_chatId: { botId, chatId: BigInt(chatId) } }, select: { customerId: true } });
  const customer = await e2eDb.customer.findUniqueOrThrow({ where: { id: subscriber.customerId! }, select: { email: true, source: true, orders: { select: { kind: true } }, bookings: { select: { source: true } } } });
  expect(customer).toMatchObject({ email: "tess@example.com", source: "TELEGRAM", orders: [{ kind: "TICKET" }], bookings: [{ source: "telegram" }] });

  await page.goto(ticketLink);
  await expect(page.getByRole("heading", { name: "Night of Strings" })).toBeVisible();
});
