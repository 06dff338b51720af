import { randomUUID } from "node:crypto";
import { e2eDb, expect, signIn, test } from "./fixtures";

test("[AUTH]: sign up creates an organization and lands on its dashboard", async ({ page }) => {
  const id = randomUUID().slice(0, 6);
  const email = `new-${id}@test.dev`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Organization name").fill(`Ada Salon ${id}`);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email); // nothing typed is lost
  expect(await e2eDb.user.count({ where: { email } })).toBe(0);

  await page.getByLabel("Password").fill("a-good-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(`**/ada-salon-${id}`);
  await expect(page.getByRole("heading", { name: `Ada Salon ${id}` })).toBeVisible();
  await expect(page.getByText("Customers", { exact: true }).first()).toBeVisible();

  const user = await e2eDb.user.findUniqueOrThrow({ where: { email }, include: { memberships: { include: { org: true } } } });
  expect(user.memberships).toHaveLength(1);
  expect(user.memberships[0].role).toBe("OWNER");
  await e2eDb.organization.delete({ where: { id: user.memberships[0].orgId } });
  await e2eDb.user.delete({ where: { id: user.id } });
});

test("[AUTH]: sign out, then sign in again; a wrong password is refused with a clear message", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await signIn(page, account.email, account.password);
  await expect(page).toHaveURL(new RegExp(`/${account.slug}$`));
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await page.waitForURL("**/sign-in");
  await page.goto(`/${account.slug}`);
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel("Email", { exact: true }).fill(account.email);
  await page.getByLabel("Password").fill("not-my-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();

  await signIn(page, account.email, account.password);
  await expect(page.getByRole("heading", { name: account.orgName })).toBeVisible();
});

test("[AUTH]: repeated failed sign-ins are refused for a while", async ({ page, makeAccount }) => {
  test.setTimeout(120_000);
  const account = await makeAccount();
  await page.goto("/sign-in");
  for (let i = 0; i < 8; i++) {
    await page.getByLabel("Email", { exact: true }).fill(account.email);
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled({ timeout: 15_000 });
  }
  await expect(page.getByText(/Too many failed sign-ins/)).toBeVisible();
  // Even the right password is refused while locked.
  await page.getByLabel("Email", { exact: true }).fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/Too many failed sign-ins/)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await e2eDb.signInThrottle.deleteMany({ where: { key: `email:${account.email}` } });
});
