import { Temporal } from "temporal-polyfill";
import { createBookingFor, e2eDb, expect, signIn, test, type TestAccount } from "./fixtures";

// The bookings dashboard as staff use it: the week calendar, a booking's detail with its
// actions, and booking a client in by hand.
test.use({ timezoneId: "Europe/Berlin", locale: "en-US" });

const TZ = "Europe/Berlin";
const berlinDate = (daysAhead: number) => Temporal.Now.plainDateISO(TZ).add({ days: daysAhead });
const at = (date: Temporal.PlainDate, time: string) => new Date(date.toPlainDateTime(Temporal.PlainTime.from(time)).toZonedDateTime(TZ).epochMilliseconds);

async function serviceWithStaff(account: TestAccount, options: { requiresConfirmation?: boolean } = {}) {
  const service = await e2eDb.service.create({
    data: { orgId: account.orgId, name: "Colour consultation", slug: "colour", currency: "EUR", durationMinutes: 60, minimumNoticeMinutes: 24 * 60, bookingWindowDays: 60, requiresConfirmation: options.requiresConfirmation ?? false },
  });
  const staff = await e2eDb.staffMember.create({
    data: { orgId: account.orgId, name: "Lena Brandt", timeZone: TZ, rules: { create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "09:00", endTime: "17:00" })) } },
  });
  await e2eDb.serviceStaff.create({ data: { orgId: account.orgId, serviceId: service.id, staffMemberId: staff.id } });
  return { service, staff };
}

test("[BOOKING]: staff sees the week calendar, opens a booking and confirms it", async ({ page, makeAccount }) => {
  const account = await makeAccount({ orgName: "Salon Week" });
  const { service, staff } = await serviceWithStaff(account, { requiresConfirmation: true });
  const day = berlinDate(2);
  const startsAt = at(day, "10:00");
  const booking = await createBookingFor(account, { service, staff, client: { name: "Eva Winter", email: "eva.winter@example.com" }, status: "PENDING_CONFIRMATION", startsAt });

  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/bookings?view=week&date=${day}`);
  await expect(page.getByRole("heading", { name: "Bookings", level: 1 })).toBeVisible();
  await expect(page.getByText(`Times in ${TZ}`)).toBeVisible();
  await page.getByRole("link", { name: /10:00 Eva Winter/ }).click();

  await expect(page).toHaveURL(new RegExp(`/bookings/${booking.id}$`));
  await expect(page.getByRole("heading", { name: "Colour consultation with Lena Brandt" })).toBeVisible();
  await expect(page.getByText("Awaiting confirmation").first()).toBeVisible();
  await expect(page.getByText(/Client's time \(America\/New_York\)/)).toBeVisible();
  await page.getByRole("button", { name: "Confirm", exact: true }).click();
  await expect(page.getByText("Booking confirmed. The client was emailed.")).toBeVisible();
  await expect(page.getByText("Confirmed", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Confirmed by E2E/)).toBeVisible();
  expect((await e2eDb.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");
  expect(await e2eDb.emailOutbox.count({ where: { orgId: account.orgId, to: "eva.winter@example.com" } })).toBe(1);
});

test("[BOOKING]: manual booking for a client", async ({ page, makeAccount }) => {
  const account = await makeAccount({ orgName: "Salon Manual" });
  await serviceWithStaff(account);
  // Tomorrow: inside the service's 24 h minimum notice, which staff may ignore.
  const day = berlinDate(1);
  const dayLabel = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", month: "long", day: "numeric" }).format(new Date(`${day}T12:00:00Z`));
  const timeLabel = new Intl.DateTimeFormat("en-US", { timeZone: TZ, hour: "numeric", minute: "2-digit" }).format(at(day, "11:00"));

  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/bookings`);
  await page.getByRole("link", { name: "New booking" }).click();
  await expect(page.getByRole("heading", { name: "New booking" })).toBeVisible();
  if (day.toString().slice(0, 7) !== berlinDate(0).toString().slice(0, 7)) await page.getByRole("button", { name: "Next month" }).click();
  await page.getByRole("button", { name: `${dayLabel}, available` }).click();
  await page
    .getByRole("list", { name: `Times on ${dayLabel}` })
    .getByRole("button", { name: timeLabel, exact: true })
    .click();
  await page.getByLabel("Name", { exact: true }).fill("Walter Walk-in");
  await page.getByLabel("Email", { exact: true }).fill("walter@example.com");
  await page.getByLabel("Notes (optional)").fill("Prefers mornings");
  await page.getByRole("button", { name: /^Book / }).click();

  await expect(page.getByText("Booking created.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Walter Walk-in" })).toBeVisible();
  await expect(page.getByText("Prefers mornings")).toBeVisible();
  await expect(page.getByText("Booked through the dashboard")).toBeVisible();
  const booking = await e2eDb.booking.findFirstOrThrow({ where: { orgId: account.orgId } });
  expect([booking.status, booking.source, booking.startsAt.getTime()]).toEqual(["CONFIRMED", "dashboard", at(day, "11:00").getTime()]);
  expect(await e2eDb.emailOutbox.count({ where: { orgId: account.orgId, to: "walter@example.com" } })).toBe(1);
});

test("[BOOKING]: with three staff the week calendar keeps lanes readable, shows details on hover, and hides or shows each staff member", async ({ page, makeAccount }) => {
  const account = await makeAccount({ orgName: "Salon Three" });
  const { service, staff: lena } = await serviceWithStaff(account);
  const hours = { create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "09:00", endTime: "17:00" })) };
  const ines = await e2eDb.staffMember.create({ data: { orgId: account.orgId, name: "Inês Almeida", timeZone: TZ, rules: hours } });
  await e2eDb.staffMember.create({ data: { orgId: account.orgId, name: "Marta Sousa", timeZone: TZ, rules: hours } });
  const day = berlinDate(2);
  const startsAt = at(day, "10:00");
  const endsAt = new Date(startsAt.getTime() + 15 * 60_000);
  const customer = await e2eDb.customer.create({ data: { orgId: account.orgId, name: "Clara Oliveira", email: "clara@example.com", source: "BOOKING" } });
  await e2eDb.booking.create({
    data: {
      orgId: account.orgId,
      serviceId: service.id,
      staffMemberId: ines.id,
      customerId: customer.id,
      status: "CONFIRMED",
      startsAt,
      endsAt,
      blockedFrom: startsAt,
      blockedUntil: endsAt,
      clientName: "Clara Oliveira",
      clientEmail: "clara@example.com",
      clientTimeZone: TZ,
    },
  });

  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/bookings?view=week&date=${day}`);
  // Every lane wide enough for a name (the grid scrolls sideways instead of squeezing them).
  const laneHeader = page.getByTitle("Inês Almeida").first();
  await expect(laneHeader).toHaveText("Inês Almeida");
  expect((await laneHeader.boundingBox())!.width).toBeGreaterThanOrEqual(120);
  // A 15-minute booking still shows the client's name; time, service and staff on hover.
  const block = page.getByRole("link", { name: /10:00 Clara Oliveira/ });
  await expect(block).toContainText("Clara Oliveira");
  await block.hover();
  const tip = page.getByRole("tooltip").filter({ hasText: "Clara Oliveira" });
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("10:00–10:15 · Clara Oliveira");
  await expect(tip).toContainText("Colour consultation with Inês Almeida");

  // Hide Lena: her lanes go, the URL remembers it (a reload keeps it), and she can come back.
  await expect(page.getByTitle("Lena Brandt").first()).toBeVisible();
  await page.getByRole("link", { name: "Hide Lena Brandt" }).click();
  await expect(page).toHaveURL(/staff=/);
  await expect(page.getByTitle("Lena Brandt")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTitle("Lena Brandt")).toHaveCount(0);
  await expect(page.getByTitle("Inês Almeida").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Show Lena Brandt" })).toBeVisible();
  await page.getByRole("link", { name: "Next week" }).click();
  await expect(page.getByRole("link", { name: "Show Lena Brandt" })).toBeVisible();
  await page.getByRole("link", { name: "Show everyone" }).click();
  await expect(page).not.toHaveURL(/staff=/);
  await expect(page.getByRole("link", { name: "Hide Lena Brandt" })).toBeVisible();
  expect(lena.id).toBeTruthy();
});
