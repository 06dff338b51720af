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

test("[AUTH]: a new account confirms its email through the outbox link, and the banner goes away", async ({ page }) => {
  const id = randomUUID().slice(0, 6);
  const email = `verify-${id}@test.dev`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Grace Hopper");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-good-password");
  await page.getByLabel("Organization name").fill(`Hopper Labs ${id}`);
  await expect(page.getByLabel("Currency")).toHaveValue(/^[A-Z]{3}$/);
  await page.getByLabel("Time zone").selectOption("Europe/Berlin");
  await expect(page.getByLabel("Currency")).toHaveValue("EUR"); // follows the zone's country
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(`**/hopper-labs-${id}`);
  const banner = page.getByRole("status").filter({ hasText: "Confirm your email address" });
  await expect(banner).toBeVisible();

  // Inviting waits for the confirmation, and says why.
  await page.goto(`/hopper-labs-${id}/settings/members`);
  await expect(page.getByText("Confirm your email address first")).toBeVisible();

  // Without Resend the email waits in the outbox, where its recipient sees the link.
  await page.goto(`/hopper-labs-${id}/settings/emails`);
  await page.getByRole("link", { name: email }).click();
  const text = await page.locator("pre").innerText();
  const link = text.match(/https?:\/\/\S+\/verify-email\/[A-Za-z0-9_-]{43}/)![0];
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Email confirmed" })).toBeVisible();
  await page.getByRole("link", { name: "Go to your dashboard" }).click();
  await expect(page.getByRole("heading", { name: `Hopper Labs ${id}` })).toBeVisible();
  await expect(banner).toHaveCount(0);
  await page.goto(`/hopper-labs-${id}/settings/members`);
  await expect(page.getByRole("button", { name: "Send invitation" })).toBeVisible();

  const user = await e2eDb.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
  expect(user.emailVerified).not.toBeNull();
  expect((await e2eDb.organization.findUniqueOrThrow({ where: { id: user.memberships[0].orgId } })).currency).toBe("EUR");
  await e2eDb.organization.delete({ where: { id: user.memberships[0].orgId } });
  await e2eDb.user.delete({ where: { id: user.id } });
});

test("[AUTH]: forgot password: the outbox link sets a new password once, then the new one signs in", async ({ page, browser, makeAccount }) => {
  const account = await makeAccount();
  // A session open elsewhere before the reset ends with it.
  const other = await browser.newPage();
  await signIn(other, account.email, account.password);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page has an Email field too: fill only once the reset page is there.
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("button", { name: "Email me a reset link" })).toBeVisible();
  await page.getByLabel("Email").fill(account.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  const answer = "If an account uses this email, we sent it a link to choose a new password. The link works once and expires in 1 hour.";
  await expect(page.getByText(answer)).toBeVisible();
  // An unknown address gets the very same answer.
  await page.getByLabel("Email").fill(`nobody-${randomUUID().slice(0, 6)}@test.dev`);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText(answer)).toBeVisible();

  const email = await e2eDb.emailOutbox.findFirstOrThrow({ where: { to: account.email, subject: "Reset your Frontdesk password" } });
  const link = email.text!.match(/https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/)![0];
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("brand-new-password");
  await page.getByLabel("New password again").fill("brand-new-password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await page.waitForURL("**/sign-in?reset=1");
  await expect(page.getByText("Your new password is set")).toBeVisible();

  await page.getByLabel("Email", { exact: true }).fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await signIn(page, account.email, "brand-new-password");
  await expect(page.getByRole("heading", { name: account.orgName })).toBeVisible();

  // The link is used up, and the old session is signed out.
  await page.goto(link);
  await expect(page.getByText("This reset link is invalid, already used or expired.")).toBeVisible();
  await other.goto(`/${account.slug}`);
  await expect(other).toHaveURL(/\/sign-in/);
  await other.close();
});
