import { Temporal } from "temporal-polyfill";
import { e2eDb, expect, signIn, test } from "./fixtures";

// An owner sets up an event from nothing: a venue, the event (times in the venue's zone), a
// ticket type, submits it for review and publishes it; the header then shows the public link.
test("[EVENTS]: create an event with a ticket type and publish it", async ({ page, makeAccount }) => {
  const account = await makeAccount({ orgName: "Lumen E2E" });
  await signIn(page, account.email, account.password);
  page.on("dialog", (dialog) => dialog.accept());

  await page.goto(`/${account.slug}/events`);
  await expect(page.getByRole("link", { name: "Create your first event" })).toBeVisible();

  await page.goto(`/${account.slug}/events/venues/new`);
  await page.getByLabel("Name", { exact: true }).fill("Kühlhaus");
  await page.getByLabel("Capacity", { exact: true }).fill("300");
  await page.getByLabel("Address", { exact: true }).fill("Luckenwalder Str. 3");
  await page.getByLabel("City", { exact: true }).fill("Berlin");
  await page.getByRole("button", { name: "Create venue" }).click();
  await expect(page.getByText("Venue created.")).toBeVisible();

  const day = Temporal.Now.plainDateISO("Europe/Berlin").add({ days: 30 }).toString();
  const title = `Winter Lookbook ${account.slug}`;
  await page.goto(`/${account.slug}/events/new`);
  await page.getByLabel("Title", { exact: true }).fill(title);
  await expect(page.getByLabel("Slug", { exact: true })).toHaveValue(`winter-lookbook-${account.slug}`);
  await expect(page.getByLabel("Venue", { exact: true })).toHaveValue(/.+/); // the only venue is preselected
  await page.getByLabel("Starts", { exact: true }).fill(`${day}T19:30`);
  await page.getByLabel("Ends", { exact: true }).fill(`${day}T22:30`);
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("Event created as a draft.")).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill("Standing");
  await page.getByLabel("Price (EUR)", { exact: true }).fill("18.50");
  await page.getByLabel("Capacity", { exact: true }).fill("100");
  await page.getByRole("button", { name: "Add ticket type" }).click();
  await expect(page.getByRole("list", { name: "Ticket types" })).toContainText("Standing€18.50");

  await page.getByRole("link", { name: "Details" }).click();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Submitted for review.")).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: the public page is live.")).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`/e/winter-lookbook-${account.slug}$`) })).toBeVisible();

  const event = await e2eDb.event.findFirstOrThrow({ where: { orgId: account.orgId }, include: { ticketTypes: true, statusChanges: true } });
  expect(event.status).toBe("PUBLISHED");
  expect(event.startsAt.getTime()).toBe(Temporal.PlainDateTime.from(`${day}T19:30`).toZonedDateTime("Europe/Berlin").epochMilliseconds);
  expect(event.ticketTypes.map((t) => [t.name, t.price, t.capacity])).toEqual([["Standing", 1850, 100]]);
  expect(event.statusChanges.map((c) => c.toStatus).sort()).toEqual(["DRAFT", "IN_REVIEW", "PUBLISHED"]);
});
