import { e2eDb, expect, signIn, test } from "./fixtures";

test("[CUSTOMERS]: add a customer, fix a field error, then edit them", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await signIn(page, account.email, account.password);
  await page.getByRole("link", { name: "Customers" }).first().click();
  await expect(page.getByRole("heading", { name: "Customers", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Add customer" }).first().click();

  await page.getByLabel("Name").fill("Zoë Ångström");
  await page.getByLabel("Email").fill("zoe@@example");
  await page.getByLabel("Tags").fill("vip, newsletter");
  await page.getByRole("button", { name: "Add customer" }).click();
  await expect(page.locator("#email-error")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Zoë Ångström"); // nothing typed is lost
  expect(await e2eDb.customer.count({ where: { orgId: account.orgId } })).toBe(0);

  await page.getByLabel("Email").fill("zoe@example.com");
  await page.getByRole("button", { name: "Add customer" }).click();
  await expect(page.getByRole("heading", { name: "Zoë Ångström" })).toBeVisible();
  await expect(page.getByText("zoe@example.com").first()).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByLabel("Phone").fill("+49 30 1234567");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "Zoë Ångström" })).toBeVisible();
  await expect(page.getByText("+49 30 1234567").first()).toBeVisible();

  const saved = await e2eDb.customer.findFirstOrThrow({ where: { orgId: account.orgId } });
  expect(saved).toMatchObject({ name: "Zoë Ångström", email: "zoe@example.com", phone: "+49 30 1234567", tags: ["vip", "newsletter"], source: "MANUAL" });
});

test("[CUSTOMERS]: a CSV with a bad row imports nothing; the fixed file imports every row", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/customers/import`);

  const bad = "name,email,tags\nAnna Schmidt,anna@example.com,vip\n,no-name@example.com,\nBen Novak,ben@example.com,student;newsletter\n";
  await page.setInputFiles("#csv-file", { name: "customers.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Nothing can be imported while any row has an error")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d+ customers$/ })).toHaveCount(0);
  expect(await e2eDb.customer.count({ where: { orgId: account.orgId } })).toBe(0);

  const good = bad.replace(",no-name@example.com,", "Chloé Dubois,chloe@example.com,");
  await page.setInputFiles("#csv-file", { name: "customers.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Import 3 customers" }).click();
  await expect(page.getByText("Imported 3 new, updated 0")).toBeVisible();
  await page.getByRole("link", { name: "View customers" }).click();
  for (const name of ["Anna Schmidt", "Chloé Dubois", "Ben Novak"]) await expect(page.getByRole("link", { name })).toBeVisible();

  const imported = await e2eDb.customer.findMany({ where: { orgId: account.orgId }, orderBy: { name: "asc" } });
  expect(imported.map((c) => [c.name, c.email, c.source])).toEqual([
    ["Anna Schmidt", "anna@example.com", "IMPORT"],
    ["Ben Novak", "ben@example.com", "IMPORT"],
    ["Chloé Dubois", "chloe@example.com", "IMPORT"],
  ]);
  expect(imported.find((c) => c.name === "Ben Novak")?.tags).toEqual(["student", "newsletter"]);
});
