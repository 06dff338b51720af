import { createTicketedEvent } from "../test/ticketing-factories";
import { e2eDb, expect, signIn, test } from "./fixtures";

// A buyer gets a free ticket at once and pays for two more on the fake Stripe Checkout (whose
// page posts a signed checkout.session.completed to our webhook); the organizer finds the ticket
// emails in Settings -> Emails, and the emailed link opens the ticket with its QR code.
test.use({ timezoneId: "Europe/Berlin", locale: "en-US" });

test("[TICKETS]: buy a free ticket and a paid one (fake Stripe), open the emailed ticket", async ({ page, makeAccount }) => {
  const account = await makeAccount({ orgName: "Lumen Hall" });
  const event = await createTicketedEvent({
    orgId: account.orgId,
    client: e2eDb,
    title: "Winter Lights Concert",
    slug: `winter-${account.slug}`,
    types: [
      { name: "Free entry", price: 0, capacity: 50 },
      { name: "Standard", price: 2000, capacity: 5 },
      { name: "Crew", price: 0, hidden: true, unlockCode: "BACKSTAGE" },
    ],
  });
  await e2eDb.lineupItem.create({ data: { eventId: event.id, position: 1, name: "Nora Vale", role: "Headliner", bio: "Synth and strings." } });

  await page.goto(`/e/${event.slug}`);
  await expect(page.getByRole("heading", { name: "Winter Lights Concert" })).toBeVisible();
  await expect(page.getByText("Nora Vale")).toBeVisible();
  await expect(page.getByText("Crew")).toHaveCount(0);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`event-page-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Free: the order completes at once.
  await page.getByLabel("Quantity of Free entry").selectOption("1");
  await page.getByRole("button", { name: "Get tickets" }).click();
  await expect(page.getByText("Name is required")).toBeVisible();
  await page.getByLabel("Your name").fill("Frida Free");
  await page.getByLabel("Your email").fill("frida@example.com");
  await page.getByRole("button", { name: "Get tickets" }).click();
  await expect(page.getByRole("heading", { name: "You're going!" })).toBeVisible();
  await expect(page.getByText("frida@example.com")).toBeVisible();

  // Paid: two Standard seats, the second for a friend, with the 15-minute hold on the way to Stripe.
  await page.goto(`/e/${event.slug}`);
  await page.getByLabel("Quantity of Standard").selectOption("2");
  await page.getByLabel("Your name").fill("Paul Payer");
  await page.getByLabel("Your email").fill("paul@example.com");
  await page.getByLabel("Ticket 2 name").fill("Greta Guest");
  await page.getByLabel("Ticket 2 email").fill("greta@example.com");
  await expect(page.getByText("We hold your tickets for 15 minutes while you pay.")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("event-form-filled.png"), fullPage: true });
  await page.getByRole("button", { name: /Continue to payment · €40\.00/ }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/pay/cs_test_"));
  const held = await e2eDb.ticketType.findFirstOrThrow({ where: { eventId: event.id, name: "Standard" } });
  expect([held.held, held.sold]).toEqual([2, 0]);
  await page.getByRole("button", { name: "Pay 40.00 EUR" }).click();
  await expect(page.getByRole("heading", { name: "You're going!" })).toBeVisible();
  await expect(page.getByText("Greta Guest")).toBeVisible();
  // Add to calendar: the ticket's .ics file and a Google Calendar link.
  const icsHref = (await page.getByRole("link", { name: "Calendar file (.ics)" }).getAttribute("href"))!;
  expect(icsHref).toMatch(/^\/t\/[A-Za-z0-9_-]{22}\/event\.ics$/);
  const ics = await page.request.get(icsHref);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await ics.text()).toContain("SUMMARY:Winter Lights Concert");
  expect(await page.getByRole("link", { name: "Google Calendar" }).getAttribute("href")).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=Winter\+Lights\+Concert/);
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`order-paid-${width}.png`), fullPage: true });
  }
  const sold = await e2eDb.ticketType.findUniqueOrThrow({ where: { id: held.id } });
  expect([sold.held, sold.sold]).toEqual([0, 2]);

  // The organizer's outbox holds Greta's ticket email (the delivery job's); its link opens her ticket.
  await expect.poll(() => e2eDb.emailOutbox.count({ where: { orgId: account.orgId, to: "greta@example.com" } }), { timeout: 30_000 }).toBe(1);
  expect(await e2eDb.emailOutbox.count({ where: { orgId: account.orgId, to: "paul@example.com", subject: { startsWith: "Order confirmed: 2 tickets" } } })).toBe(1);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/settings/emails`);
  await page.getByRole("link", { name: "greta@example.com" }).click();
  await expect(page.getByText("ticket-1.png")).toBeVisible();
  await expect(page.getByText("event.ics")).toBeVisible();
  const text = await page.locator("pre").innerText();
  const ticketLink = /(http:\/\/\S+\/t\/[A-Za-z0-9_-]{22})/.exec(text)![1];
  await page.goto(ticketLink);
  await expect(page.getByRole("heading", { name: "Winter Lights Concert" })).toBeVisible();
  await expect(page.getByText("Greta Guest")).toBeVisible();
  await expect(page.getByText("Valid")).toBeVisible();
  await expect(page.getByRole("img", { name: "Ticket QR code" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Calendar file (.ics)" })).toHaveAttribute("href", `${new URL(ticketLink).pathname}/event.ics`);
  await expect(page.getByRole("link", { name: "Google Calendar" })).toBeVisible();
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`ticket-${width}.png`), fullPage: true });
  }

  // Hidden types appear only with their access code.
  await page.goto(`/e/${event.slug}`);
  await page.getByLabel("Have an access code?").fill("backstage");
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByText("Unlocked")).toBeVisible();
});

test("[TICKETS]: an event that is over says so and sells nothing", async ({ page, makeAccount }) => {
  const account = await makeAccount({ orgName: "Lumen Hall" });
  // Started five hours ago, ended two hours ago (createTicketedEvent makes three-hour events).
  const event = await createTicketedEvent({ orgId: account.orgId, client: e2eDb, title: "Darkroom Nights", slug: `darkroom-${account.slug}`, startsAt: new Date(Date.now() - 5 * 3600_000) });
  await page.goto(`/e/${event.slug}`);
  await expect(page.getByRole("heading", { name: "Darkroom Nights" })).toBeVisible();
  await expect(page.getByText("This event is over, so tickets are no longer sold.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Get tickets" })).toHaveCount(0);
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`event-over-${width}.png`), fullPage: true });
  }
  const res = await page.request.post(`/api/events/${event.slug}/checkout`, { data: { quantities: { [event.types[0].id]: 1 }, buyer: { name: "Late Larry", email: "larry@example.com" } } });
  expect(res.status()).toBe(409);
  expect((await res.json()).error.message).toBe("This event is over: tickets are no longer sold.");
});
