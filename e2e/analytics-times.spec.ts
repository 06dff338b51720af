import { formatDateTime } from "@/lib/format";
import { e2eDb, expect, signIn, test } from "./fixtures";

// The viewer's browser is in another zone than the org: what is shown must not depend on it.
test.use({ timezoneId: "Asia/Tokyo", locale: "en-US" });

test("[ANALYTICS]: one run's time reads the same on the Overview and the score pages, in the org's zone, named", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  await e2eDb.organization.update({ where: { id: account.orgId }, data: { timezone: "America/New_York" } });
  const at = new Date("2026-11-30T17:04:00Z"); // 12:04 PM in New York, 2:04 AM next day in Tokyo, 5:04 PM UTC
  const customer = await e2eDb.customer.create({ data: { orgId: account.orgId, name: "Scored customer" }, select: { id: true } });
  await e2eDb.analyticsRun.create({ data: { orgId: account.orgId, status: "DONE", progress: 100, createdAt: at, startedAt: at, finishedAt: at } });
  await e2eDb.customerScore.create({
    data: {
      customerId: customer.id,
      orgId: account.orgId,
      orders: 2,
      totalSpent: 5000,
      frequency: 1,
      recencyDays: 10,
      tenureDays: 60,
      monetaryValue: 2500,
      lastOrderAt: at,
      recencyScore: 3,
      frequencyScore: 3,
      monetaryScore: 3,
      rfmSegment: "Loyal",
      computedAt: at,
    },
  });
  const expected = formatDateTime(at, "America/New_York", { zone: true });
  expect(expected).toBe("Nov 30, 2026, 12:04 PM EST");
  await signIn(page, account.email, account.password);

  await page.goto(`/${account.slug}/analytics`);
  await expect(page.getByRole("region", { name: "Analytics recompute" })).toContainText(`Computed ${expected}`);
  for (const view of ["rfm", "predictions"]) {
    await page.goto(`/${account.slug}/analytics/${view}`);
    await expect(page.getByText(`Computed ${expected}`)).toBeVisible();
  }
  await page.goto(`/${account.slug}/customers/${customer.id}`);
  await expect(page.getByText(`Computed ${expected}`)).toBeVisible();
});
