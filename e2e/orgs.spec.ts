import { randomUUID } from "node:crypto";
import { e2eDb, expect, signIn, test } from "./fixtures";

test("[ORGS]: create a second organization and switch between them", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await signIn(page, account.email, account.password);
  await page.getByLabel("Organization").selectOption("__new");
  await page.waitForURL("**/new-org");
  const id = randomUUID().slice(0, 6);
  await page.getByLabel("Organization name").fill(`Second Venue ${id}`);
  await expect(page.getByLabel("Dashboard address")).toHaveValue(`second-venue-${id}`);
  await page.getByLabel("Currency").selectOption("GBP");
  await page.getByRole("button", { name: "Create organization" }).click();
  await page.waitForURL(`**/second-venue-${id}`);
  await expect(page.getByRole("heading", { name: `Second Venue ${id}` })).toBeVisible();
  await expect(page.getByText("£0.00")).toBeVisible(); // the overview speaks the new org's currency

  await page.getByLabel("Organization").selectOption(account.slug);
  await page.waitForURL(`**/${account.slug}`);
  await expect(page.getByRole("heading", { name: account.orgName })).toBeVisible();

  const created = await e2eDb.organization.findUniqueOrThrow({ where: { slug: `second-venue-${id}` } });
  await e2eDb.organization.delete({ where: { id: created.id } });
});

test("[ORGS]: a dashboard of an organization the user is not in is a 404", async ({ page, makeAccount }) => {
  const a = await makeAccount();
  const b = await makeAccount();
  await signIn(page, b.email, b.password);
  const res = await page.goto(`/${a.slug}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByText("Page not found")).toBeVisible();
  const unknown = await page.goto(`/no-such-org-${randomUUID().slice(0, 4)}`);
  expect(unknown?.status()).toBe(404);
});
