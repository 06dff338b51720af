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

  // A cover image goes through the server action and comes back from /uploads, cached for good.
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
  await page.getByLabel("Cover image", { exact: true }).setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Upload cover" }).click();
  await expect(page.getByText("Cover image saved.")).toBeVisible();
  const src = await page.getByRole("img", { name: "Current cover" }).getAttribute("src");
  const image = await page.request.get(src!);
  expect([image.status(), image.headers()["content-type"], image.headers()["cache-control"]]).toEqual([200, "image/png", "public, max-age=31536000, immutable"]);

  const event = await e2eDb.event.findFirstOrThrow({ where: { orgId: account.orgId }, include: { ticketTypes: true, statusChanges: true } });
  expect(event.status).toBe("PUBLISHED");
  expect(event.startsAt.getTime()).toBe(Temporal.PlainDateTime.from(`${day}T19:30`).toZonedDateTime("Europe/Berlin").epochMilliseconds);
  expect(event.ticketTypes.map((t) => [t.name, t.price, t.capacity])).toEqual([["Standing", 1850, 100]]);
  expect(event.statusChanges.map((c) => c.toStatus).sort()).toEqual(["DRAFT", "IN_REVIEW", "PUBLISHED"]);

  // The public page is served from Next's cache; an organizer's edit shows there at once.
  const publicPage = `/e/winter-lookbook-${account.slug}`;
  expect(await (await page.request.get(publicPage)).text()).toContain(title);
  expect(await (await page.request.get(publicPage)).text()).toContain(title); // now from the cache
  await page.getByLabel("Title", { exact: true }).fill(`${title} (new date)`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Event saved.")).toBeVisible();
  await page.goto(publicPage);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (new date)`);
});

// Staff edit drafts; once an event is published, its edit controls give way to a one-line
// explanation (the server refuses such edits too).
test("[EVENTS]: staff edit a draft but not a published event", async ({ page, makeAccount }) => {
  const account = await makeAccount({ role: "STAFF" });
  const make = (status: "DRAFT" | "PUBLISHED", slug: string) =>
    e2eDb.event.create({
      data: {
        orgId: account.orgId,
        slug: `${slug}-${account.slug}`,
        title: `${status === "DRAFT" ? "Draft" : "Live"} show`,
        status,
        startsAt: new Date(Date.now() + 30 * 86_400_000),
        endsAt: new Date(Date.now() + 30 * 86_400_000 + 3 * 3_600_000),
        timeZone: "Europe/Berlin",
        ticketTypes: { create: { name: "Standing", price: 0, currency: "EUR", capacity: 50 } },
      },
      select: { id: true },
    });
  const [draft, live] = [await make("DRAFT", "draft"), await make("PUBLISHED", "live")];
  await signIn(page, account.email, account.password);

  await page.goto(`/${account.slug}/events/${draft.id}`);
  await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
  await page.goto(`/${account.slug}/events/${draft.id}/tickets`);
  await expect(page.getByRole("button", { name: "Add ticket type" })).toBeVisible();

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/${account.slug}/events/${live.id}`);
    await expect(page.getByRole("note")).toHaveText(/Only an owner or admin can change an event that is in review or published/);
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Upload cover" })).toHaveCount(0);
    await page.screenshot({ path: `test-results/staff-published-details-${width}.png`, fullPage: true });
    await page.goto(`/${account.slug}/events/${live.id}/tickets`);
    await expect(page.getByRole("note")).toBeVisible();
    await expect(page.getByRole("list", { name: "Ticket types" })).toContainText("Standing");
    await expect(page.getByRole("button", { name: "Add ticket type" })).toHaveCount(0);
    await expect(page.getByText("Edit", { exact: true })).toHaveCount(0);
    await page.screenshot({ path: `test-results/staff-published-tickets-${width}.png`, fullPage: true });
  }
});
