import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { e2eDb, expect, signIn, test, type TestAccount } from "./fixtures";

// The door: staff type a ticket code twice (green, then amber with the time), and an admin
// refunds a paid order through the (fake) Stripe API, which voids its tickets.
test.use({ timezoneId: "Europe/Berlin", locale: "en-US" });

const fakeStripeUrl = () => (JSON.parse(readFileSync(".data/e2e-fake-stripe.json", "utf8")) as { url: string }).url;

async function eventWithOrder(account: TestAccount, options: { quantity: number; paymentIntent?: string }) {
  const event = await e2eDb.event.create({
    data: { orgId: account.orgId, slug: `door-${randomBytes(4).toString("hex")}`, title: "Night of Lights", startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), timeZone: "Europe/Berlin", status: "PUBLISHED" },
  });
  const type = await e2eDb.ticketType.create({ data: { orgId: account.orgId, eventId: event.id, name: "General", price: 2500, currency: "EUR", capacity: 100, sold: options.quantity } });
  const customer = await e2eDb.customer.create({ data: { orgId: account.orgId, name: "Rita Refund", email: "rita@example.com", source: "TICKETING" } });
  const codes = Array.from({ length: options.quantity }, () => randomBytes(16).toString("base64url"));
  // The order with its tickets, in one transaction: a paid ticket order has its tickets at commit.
  const order = await e2eDb.$transaction(async (tx) => {
    const created = await tx.order.create({
      data: {
        orgId: account.orgId,
        customerId: customer.id,
        kind: "TICKET",
        eventId: event.id,
        amount: 2500 * options.quantity,
        currency: "EUR",
        status: "PAID",
        paidAt: new Date(),
        buyerName: "Rita Refund",
        buyerEmail: "rita@example.com",
        stripePaymentIntentId: options.paymentIntent,
        items: { create: { ticketTypeId: type.id, quantity: options.quantity, unitPrice: 2500 } },
      },
    });
    await tx.ticket.createMany({ data: codes.map((code, i) => ({ orgId: account.orgId, eventId: event.id, ticketTypeId: type.id, orderId: created.id, code, attendeeName: `Guest ${i + 1}`, attendeeEmail: "rita@example.com", amountPaid: 2500 })) });
    return created;
  });
  return { event, type, order, codes };
}

test("[TICKETS]: check a ticket in twice", async ({ page, makeAccount }) => {
  const account = await makeAccount({ role: "STAFF", orgName: "Door Co" });
  const { event, codes } = await eventWithOrder(account, { quantity: 2 });
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/events/${event.id}/check-in`);
  await expect(page.getByRole("heading", { name: "Night of Lights" })).toBeVisible();
  await expect(page.getByTestId("check-in-counts")).toContainText("0 of 2 sold");

  await page.getByLabel("Ticket code").fill(`http://localhost/t/${codes[0]}`);
  await page.getByRole("button", { name: "Check in" }).click();
  const result = page.getByRole("status").filter({ hasText: codes[0] });
  await expect(result).toHaveAttribute("data-outcome", "CHECKED_IN");
  await expect(result.getByRole("heading", { name: "Checked in" })).toBeVisible();
  await expect(result).toContainText("Guest 1");
  await expect(page.getByTestId("check-in-counts")).toContainText("1 of 2 sold");
  await page.screenshot({ path: test.info().outputPath("check-in-green-390.png"), fullPage: true });

  await page.getByLabel("Ticket code").fill(codes[0]);
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(result).toHaveAttribute("data-outcome", "ALREADY_CHECKED_IN");
  await expect(result.getByRole("heading", { name: "Already checked in" })).toBeVisible();
  await expect(result).toContainText(/Checked in at .*\d{1,2}:\d{2}\s?[AP]M by E2E/);
  await expect(page.getByRole("region", { name: "Latest check-ins" })).toContainText("Guest 1");
  await page.screenshot({ path: test.info().outputPath("check-in-amber-390.png"), fullPage: true });

  await page.getByLabel("Ticket code").fill("NoSuchTicketCode000000");
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "NoSuchTicketCode000000" })).toHaveAttribute("data-outcome", "UNKNOWN_CODE");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath("check-in-red-1280.png"), fullPage: true });
  // No camera in a headless browser: the scanner says so and points to typing the code.
  await page.getByRole("button", { name: "Scan with camera" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /camera/i })).toContainText(/type the code/i);
  expect(await e2eDb.ticket.findUniqueOrThrow({ where: { code: codes[0] } })).toMatchObject({ status: "CHECKED_IN", checkedInById: account.userId });
});

test("[TICKETS]: door mode: check-in full screen on a phone, without the dashboard's chrome", async ({ page, makeAccount }) => {
  const account = await makeAccount({ role: "STAFF", orgName: "Door Co" });
  const { event, codes } = await eventWithOrder(account, { quantity: 2 });
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/events/${event.id}/check-in`);
  await page.getByRole("link", { name: "Open door mode (full screen)" }).click();
  await page.waitForURL(`**/${account.slug}/door/${event.id}`);
  await expect(page.getByRole("heading", { name: "Night of Lights" })).toBeVisible();
  // No sidebar, no header, no section tabs: the scanner sits at the top of the screen.
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sales" })).toHaveCount(0);
  const scan = (await page.getByRole("button", { name: "Scan with camera" }).boundingBox())!;
  expect(scan.y).toBeLessThan(150);
  expect(scan.width).toBeGreaterThan(300);

  await page.getByLabel("Ticket code").fill(codes[1]);
  await page.getByRole("button", { name: "Check in" }).click();
  const result = page.getByRole("status").filter({ hasText: codes[1] });
  await expect(result).toHaveAttribute("data-outcome", "CHECKED_IN");
  await expect(result).toBeInViewport();
  await expect(page.getByTestId("check-in-counts")).toContainText("1 of 2 sold");
  await page.screenshot({ path: test.info().outputPath("door-mode-390.png"), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: test.info().outputPath("door-mode-1440.png"), fullPage: true });

  await page.getByRole("link", { name: "← Exit" }).click();
  await page.waitForURL(`**/${account.slug}/events/${event.id}/check-in`);
  await expect(page.getByRole("link", { name: "Open door mode (full screen)" })).toBeVisible();
});

test("[TICKETS]: refund an order", async ({ page, makeAccount }) => {
  // A payment the fake Stripe knows: a Checkout Session paid on its hosted page (no order metadata, so our webhook ignores it).
  const fake = fakeStripeUrl();
  const session = (await (
    await fetch(`${fake}/v1/checkout/sessions`, {
      method: "POST",
      headers: { authorization: "Bearer sk_test_e2e_fake", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ mode: "payment", success_url: "http://localhost/ok", "line_items[0][quantity]": "2", "line_items[0][price_data][currency]": "eur", "line_items[0][price_data][unit_amount]": "2500" }),
    })
  ).json()) as { id: string };
  await fetch(`${fake}/pay/${session.id}`, { method: "POST", redirect: "manual" });
  const state = (await (await fetch(`${fake}/__fake/state`)).json()) as { sessions: { id: string; payment_intent: string }[]; refunds: { payment_intent: string; amount: number }[] };
  const paymentIntent = state.sessions.find((s) => s.id === session.id)!.payment_intent;

  const account = await makeAccount({ orgName: "Refund Hall" });
  const { order, type } = await eventWithOrder(account, { quantity: 2, paymentIntent });
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/events/${order.eventId}/sales`);
  await expect(page.getByText("€50.00").first()).toBeVisible();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`sales-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/${account.slug}/events/orders`);
  await expect(page.getByText("1 order · paid €50.00")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("orders-1280.png"), fullPage: true });
  await page.getByRole("link", { name: "Rita Refund" }).click();
  await expect(page.getByRole("heading", { name: /Rita Refund/ })).toBeVisible();
  await expect(page.getByText(paymentIntent)).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Refund €50.00" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Refunded in full." })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Rita Refund/ })).toContainText("Refunded");
  await expect(page.getByRole("button", { name: /Refund/ })).toHaveCount(0);
  await expect(page.getByText("Void", { exact: true })).toHaveCount(2);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("order-refunded-390.png"), fullPage: true });

  await page.goto(`/${account.slug}/events/${order.eventId}/orders?status=REFUNDED`);
  await expect(page.getByRole("link", { name: "Rita Refund" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("event-orders-390.png"), fullPage: true });
  await page.goto(`/${account.slug}/events/${order.eventId}/sales`);
  await expect(page.getByText("No tickets sold yet.").first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("sales-after-refund-390.png"), fullPage: true });

  expect((await e2eDb.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("REFUNDED");
  expect((await e2eDb.ticketType.findUniqueOrThrow({ where: { id: type.id } })).sold).toBe(0);
  const after = (await (await fetch(`${fake}/__fake/state`)).json()) as typeof state;
  expect(after.refunds.filter((r) => r.payment_intent === paymentIntent)).toEqual([expect.objectContaining({ amount: 5000 })]);
});
