import { expect, signIn, test } from "./fixtures";

test("[FORMS]: the venue form shows Name, Address and City as required before anything is submitted", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await signIn(page, account.email, account.password);
  await page.goto(`/${account.slug}/events/venues/new`);
  for (const label of ["Name", "Address", "City"]) {
    const input = page.getByLabel(label, { exact: true });
    await expect(input).toHaveAttribute("required", "");
    await expect(page.locator(`label[for="${await input.getAttribute("id")}"] + [data-required-mark]`)).toBeVisible();
  }
  // Optional stays unmarked.
  await expect(page.getByLabel("Capacity")).not.toHaveAttribute("required", "");
  await expect(page.locator('label[for="capacity"] + [data-required-mark]')).toHaveCount(0);
});
