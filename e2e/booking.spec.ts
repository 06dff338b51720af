import { Temporal } from "temporal-polyfill";
import { createBookingFor, e2eDb, expect, test } from "./fixtures";

// A client in New York books a Berlin staff member through the public page, gets the email,
// cancels through its signed link, and the time is offered again.
test.use({ timezoneId: "America/New_York", locale: "en-US" });

test("[BOOKING]: a client in another time zone books, gets the email with the manage link, cancels, and the slot is free again", async ({ page, makeAccount }) => {
  const account = await makeAccount({ orgName: "Studio Berlin" });
  const service = await e2eDb.service.create({
    data: { orgId: account.orgId, name: "Haircut", slug: "haircut", currency: "EUR", durationMinutes: 60, minimumNoticeMinutes: 60, bookingWindowDays: 60, cancellationCutoffHours: 24 },
  });
  const staff = await e2eDb.staffMember.create({
    data: { orgId: account.orgId, name: "Klara Weiss", timeZone: "Europe/Berlin", rules: { create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "09:00", endTime: "17:00" })) } },
  });
  await e2eDb.serviceStaff.create({ data: { orgId: account.orgId, serviceId: service.id, staffMemberId: staff.id } });

  // Three days ahead, 09:00 in Berlin is 03:00 in New York (both on standard or both on summer time
  // except around DST switches, so compute it).
  const berlinDate = Temporal.Now.plainDateISO("Europe/Berlin").add({ days: 3 });
  const startInstant = berlinDate.toPlainDateTime(Temporal.PlainTime.from("09:00")).toZonedDateTime("Europe/Berlin").toInstant();
  const ny = startInstant.toZonedDateTimeISO("America/New_York");
  const nyLabel = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", hour: "numeric", minute: "2-digit" }).format(new Date(startInstant.epochMilliseconds));
  const nyDayLabel = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", month: "long", day: "numeric" }).format(new Date(`${ny.toPlainDate()}T12:00:00Z`));

  await page.goto(`/book/${account.slug}/haircut`);
  await expect(page.getByRole("heading", { name: "Haircut" })).toBeVisible();
  await expect(page.locator("#tz")).toHaveValue("America/New_York");
  await expect(page.getByText("The business is in Europe/Berlin.")).toBeVisible();
  const thisMonth = Temporal.Now.plainDateISO("America/New_York").toString().slice(0, 7);
  if (ny.toPlainDate().toString().slice(0, 7) !== thisMonth) await page.getByRole("button", { name: "Next month" }).click();
  await page.getByRole("button", { name: `${nyDayLabel}, available` }).click();
  const times = page.getByRole("list", { name: `Times on ${nyDayLabel}` });
  await expect(times.getByRole("button").first()).toHaveText(nyLabel); // 09:00 Berlin, shown in New York time
  await times.getByRole("button", { name: nyLabel, exact: true }).click();

  await page.getByLabel("Name").fill("Nora York");
  await page.getByLabel("Email").fill("nora@example.com");
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { name: "You're booked" })).toBeVisible();
  await expect(page.getByText("Klara Weiss")).toBeVisible();
  await expect(page.getByRole("link", { name: "Add to calendar (.ics)" })).toBeVisible();

  const booking = await e2eDb.booking.findFirstOrThrow({ where: { orgId: account.orgId } });
  expect(booking.startsAt.getTime()).toBe(startInstant.epochMilliseconds);
  expect([booking.status, booking.clientTimeZone]).toEqual(["CONFIRMED", "America/New_York"]);

  const email = await e2eDb.emailOutbox.findFirstOrThrow({ where: { orgId: account.orgId, to: "nora@example.com" } });
  expect(email.subject).toContain("Booking confirmed: Haircut");
  expect(email.text).toContain(`${nyLabel} `); // client time
  expect(email.text).toMatch(/9:00 AM GMT\+[12] \(Europe\/Berlin\)/); // business time
  expect((email.attachments as { filename: string }[])[0].filename).toBe("invite.ics");
  const manageUrl = /(http:\/\/[^\s]+\/book\/manage\/[A-Za-z0-9_.-]+)/.exec(email.text ?? "")?.[1];
  expect(manageUrl).toBeTruthy();

  await page.goto(manageUrl!);
  await expect(page.getByRole("heading", { name: "Your booking" })).toBeVisible();
  await page.getByLabel("Reason (optional)").fill("Plans changed");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Cancel booking" }).click();
  await expect(page.getByText("This booking is canceled and its time is free again.")).toBeVisible();
  expect(await e2eDb.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: "CANCELED", canceledBy: "client", cancelReason: "Plans changed" });
  expect(await e2eDb.emailOutbox.count({ where: { orgId: account.orgId, subject: { startsWith: "Booking canceled" } } })).toBe(1);

  await page.getByRole("link", { name: "Book again" }).click();
  if (ny.toPlainDate().toString().slice(0, 7) !== thisMonth) await page.getByRole("button", { name: "Next month" }).click();
  await page.getByRole("button", { name: `${nyDayLabel}, available` }).click();
  await expect(
    page
      .getByRole("list", { name: `Times on ${nyDayLabel}` })
      .getByRole("button")
      .first(),
  ).toHaveText(nyLabel);
});

test("[BOOKING]: an archived service and an unknown org answer a friendly 404", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await e2eDb.service.create({ data: { orgId: account.orgId, name: "Old", slug: "old", currency: "EUR", durationMinutes: 30, active: false } });
  for (const path of [`/book/${account.slug}/old`, "/book/no-such-org-here", "/book/manage/not-a-token"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("[BOOKING]: the reschedule calendar opens on the booked day, marked, and the move is in the booking's history", async ({ page, makeAccount }) => {
  const account = await makeAccount({ orgName: "Studio Later" });
  const service = await e2eDb.service.create({
    data: { orgId: account.orgId, name: "Haircut", slug: "haircut", currency: "EUR", durationMinutes: 60, minimumNoticeMinutes: 60, bookingWindowDays: 90, cancellationCutoffHours: 24 },
  });
  const staff = await e2eDb.staffMember.create({
    data: { orgId: account.orgId, name: "Klara Weiss", timeZone: "America/New_York", rules: { create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "09:00", endTime: "17:00" })) } },
  });
  await e2eDb.serviceStaff.create({ data: { orgId: account.orgId, serviceId: service.id, staffMemberId: staff.id } });
  // 40 days ahead: always in a later month than today.
  const day = Temporal.Now.plainDateISO("America/New_York").add({ days: 40 });
  const startsAt = new Date(day.toPlainDateTime(Temporal.PlainTime.from("10:00")).toZonedDateTime("America/New_York").epochMilliseconds);
  const booking = await createBookingFor(account, { service, staff, client: { name: "Nora York", email: "nora@example.com" }, status: "CONFIRMED", startsAt });
  // The manage link is signed with the server's AUTH_SECRET (generated into .env.local at its start).
  if (!process.env.AUTH_SECRET) process.loadEnvFile(".env.local");
  const { bookingLinks } = await import("@/lib/booking/public/booking-link-token");
  const dayLabel = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", month: "long", day: "numeric" }).format(new Date(`${day}T12:00:00Z`));
  const monthTitle = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "long", year: "numeric" }).format(new Date(`${day}T12:00:00Z`));

  await page.goto(new URL(bookingLinks(booking.id).manageUrl).pathname);
  await page.getByRole("button", { name: "Reschedule" }).click();
  await expect(page.getByRole("heading", { name: monthTitle })).toBeVisible();
  await expect(page.getByRole("button", { name: `${dayLabel}, available, your current booking` })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("Your booking now: 10:00 AM")).toBeVisible();
  await page
    .getByRole("list", { name: `Times on ${dayLabel}` })
    .getByRole("button", { name: "2:00 PM", exact: true })
    .click();
  await page.getByRole("button", { name: /^Move to / }).click();
  await expect(page.getByText("Your booking has moved.")).toBeVisible();
  const moved = await e2eDb.booking.findUniqueOrThrow({ where: { id: booking.id } });
  expect(moved.startsAt.getTime()).toBe(startsAt.getTime() + 4 * 3_600_000);
  expect(await e2eDb.auditLog.count({ where: { orgId: account.orgId, targetId: booking.id, action: "booking.rescheduled" } })).toBe(1);
});
