import { e2eDb, expect, signIn, test } from "./fixtures";

test("[API]: an owner creates an API key, sees it once, calls the API with it, then revokes it and the API refuses it", async ({ page, request, makeAccount }) => {
  const account = await makeAccount();
  await e2eDb.customer.create({ data: { orgId: account.orgId, name: "Ada Lovelace", email: "ada@example.com" } });
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/settings/api`);
  await expect(page.getByText("No API keys yet")).toBeVisible();

  // Without a permission the form says so and keeps what was typed.
  await page.getByLabel("Name").fill("Website");
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText("Pick at least one permission")).toBeVisible();

  await page.getByRole("checkbox").first().check(); // customers: read
  await page.getByRole("button", { name: "Create key" }).click();
  const secretField = page.getByLabel("Your new API key (shown only once)");
  await expect(secretField).toBeVisible();
  const secret = await secretField.inputValue();
  expect(secret).toMatch(/^fd_live_/);
  await expect(page.getByRole("cell", { name: /Website/ })).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0); // the list shows only the prefix

  // On a phone the keys table scrolls inside its card; the page itself does not get wider.
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["settings/api", "settings/members"]) {
    await page.goto(`/${account.slug}/${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/${account.slug}/settings/api`);

  const ok = await request.get("/api/v1/customers?limit=10", { headers: { authorization: `Bearer ${secret}` } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).data.map((c: { name: string }) => c.name)).toEqual(["Ada Lovelace"]);
  const bad = await request.get("/api/v1/customers?limit=500", { headers: { authorization: `Bearer ${secret}` } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields.limit).toBeTruthy();

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("Key revoked: calls with it are refused.")).toBeVisible();
  await expect(page.getByText("revoked", { exact: true })).toBeVisible();
  // Another process (the e2e server) may hold the key for up to 10 s.
  await expect.poll(async () => (await request.get("/api/v1/customers", { headers: { authorization: `Bearer ${secret}` } })).status(), { timeout: 15_000 }).toBe(401);
});

test("[API]: staff see no API tab and the page tells them who manages keys", async ({ page, makeAccount }) => {
  const account = await makeAccount({ role: "STAFF" });
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/settings`);
  await expect(page.getByRole("link", { name: "API" })).toHaveCount(0);
  await page.goto(`/${account.slug}/settings/api`);
  await expect(page.getByText("Only owners and admins can see and manage API keys.")).toBeVisible();
});
