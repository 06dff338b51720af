import { readFileSync } from "node:fs";
import { Temporal } from "temporal-polyfill";
import { e2eDb, expect, test } from "./fixtures";

// A paid service: the client picks a time, pays on (fake) Stripe Checkout, whose page posts a
// signed checkout.session.completed to our webhook, and lands on a confirmed booking with a PAID
// order; cancelling through the emailed link refunds the payment at Stripe.
test.use({ timezoneId: "Europe/Berlin", locale: "en-US" });

type FakeState = { requests: { method: string; path: string; body: Record<string, unknown>; idempotencyKey?: string }[]; refunds: { payment_intent: string; amount: number }[] };
const fakeStripeUrl = () => (JSON.parse(readFileSync(".data/e2e-fake-stripe.json", "utf8")) as { url: string }).url;
const fakeState = async (): Promise<FakeState> => (await fetch(`${fakeStripeUrl()}/__fake/state`)).json();

test("[BOOKING]: a client pays for a paid service on Stripe Checkout and the booking is confirmed with its order PAID; cancelling refunds it", async ({ page, makeAccount }) => {
  const account = await makeAccount({ orgName: "Paid Studio" });
  const service = await e2eDb.service.create({
    data: { orgId: account.orgId, name: "Deep tissue massage", slug: "massage", currency: "EUR", price: 4500, requiresPayment: true, durationMinutes: 60, minimumNoticeMinutes: 60, bookingWindowDays: 60 },
  });
  const staff = await e2eDb.staffMember.create({
    data: { orgId: account.orgId, name: "Mira Lang", timeZone: "Europe/Berlin", rules: { create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "09:00", endTime: "17:00" })) } },
  });
  await e2eDb.serviceStaff.create({ data: { orgId: account.orgId, serviceId: service.id, staffMemberId: staff.id } });

  const day = Temporal.Now.plainDateISO("Europe/Berlin").add({ days: 3 });
  const dayLabel = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", month: "long", day: "numeric" }).format(new Date(`${day}T12:00:00Z`));
  await page.goto(`/book/${account.slug}/massage`);
  await expect(page.getByRole("heading", { name: "Deep tissue massage" })).toBeVisible();
  if (day.toString().slice(0, 7) !== Temporal.Now.plainDateISO("Europe/Berlin").toString().slice(0, 7)) await page.getByRole("button", { name: "Next month" }).click();
  await page.getByRole("button", { name: `${dayLabel}, available` }).click();
  await page
    .getByRole("list", { name: `Times on ${dayLabel}` })
    .getByRole("button", { name: "9:00 AM", exact: true })
    .click();
  await page.getByLabel("Name").fill("Paula Payer");
  await page.getByLabel("Email").fill("paula@example.com");
  await page.getByRole("button", { name: "Pay and book" }).click();

  // Held while paying: the booking awaits payment, the order is pending.
  await page.waitForURL((url) => url.pathname.startsWith("/pay/cs_test_"));
  await expect(page.getByRole("heading", { name: "Fake Stripe Checkout" })).toBeVisible();
  await expect(page.getByText("Total: 45.00 EUR")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("fake-checkout.png") });
  const held = await e2eDb.booking.findFirstOrThrow({ where: { orgId: account.orgId }, include: { order: true } });
  expect(held.status).toBe("PENDING_PAYMENT");
  expect(held.order).toMatchObject({ status: "PENDING", amount: 4500, kind: "BOOKING" });
  expect(held.holdExpiresAt!.getTime() - Date.now()).toBeGreaterThan(8 * 60_000);
  const created = (await fakeState()).requests.find((r) => r.path === "/v1/checkout/sessions" && (r.body.metadata as { orderId?: string }).orderId === held.orderId);
  expect(created).toMatchObject({ idempotencyKey: `checkout-session-${held.orderId}`, body: { mode: "payment", customer_email: "paula@example.com", metadata: { kind: "BOOKING", orgId: account.orgId } } });
  expect(held.order!.stripeCheckoutSessionId).toBe(new URL(page.url()).pathname.split("/").pop());

  await page.getByRole("button", { name: "Pay 45.00 EUR" }).click();
  await expect(page.getByRole("heading", { name: "You're booked" })).toBeVisible();
  await expect(page.getByText("Mira Lang")).toBeVisible();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`paid-confirmation-${width}.png`), fullPage: true });
  }
  const paid = await e2eDb.booking.findUniqueOrThrow({ where: { id: held.id }, include: { order: true } });
  expect(paid).toMatchObject({ status: "CONFIRMED", holdExpiresAt: null });
  expect(paid.order).toMatchObject({ status: "PAID", amount: 4500 });
  expect(paid.order!.paidAt).toBeInstanceOf(Date);
  expect(paid.order!.stripePaymentIntentId).toMatch(/^pi_test_/);
  expect(await e2eDb.stripeEvent.count({ where: { type: "checkout.session.completed" } })).toBeGreaterThanOrEqual(1);

  // The confirmation email (sent after the webhook's commit) carries the manage link.
  const email = await e2eDb.emailOutbox.findFirstOrThrow({ where: { orgId: account.orgId, to: "paula@example.com", subject: { startsWith: "Booking confirmed" } } });
  const manageUrl = /(http:\/\/[^\s]+\/book\/manage\/[A-Za-z0-9_.-]+)/.exec(email.text ?? "")?.[1];
  await page.goto(manageUrl!);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Cancel booking" }).click();
  await expect(page.getByText("This booking is canceled and its time is free again.")).toBeVisible();
  const refunded = await e2eDb.order.findUniqueOrThrow({ where: { id: held.orderId! } });
  expect(refunded.status).toBe("REFUNDED");
  expect((await fakeState()).refunds.filter((r) => r.payment_intent === paid.order!.stripePaymentIntentId)).toEqual([expect.objectContaining({ amount: 4500 })]);
});
