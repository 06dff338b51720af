import type { Locator, Page } from "@playwright/test";
import { churnLabels, formatDecimal, formatMoneyValue, formatProbability, periodTitle } from "@/components/analytics/format-analytics";
import { formatMoney } from "@/lib/format";
import { e2eDb, expect, signIn, test } from "./fixtures";
import { seedAnalyticsOrders } from "./seed-analytics-orders";

const eur = (minor: number) => formatMoney(minor, "EUR");
const cells = (row: Locator) => row.locator("th, td").allTextContents();

/** "Recompute now" on the Overview, then wait until the run is done and the page has refreshed. */
async function recomputeFromUi(page: Page, slug: string) {
  await page.goto(`/${slug}/analytics`);
  const panel = page.getByRole("region", { name: "Analytics recompute" });
  await expect(panel).toContainText("Not computed yet");
  await panel.getByRole("button", { name: "Recompute now" }).click();
  await expect(panel.getByRole("button", { name: "Recomputing…" })).toBeVisible();
  await expect(panel).toContainText("Up to date", { timeout: 60_000 });
  return panel;
}

/** The number under a label (KPI cards, cluster summary, segment size): the next <p> after the label's <p>. */
const escape = (text: string) => text.replace(/[()]/g, "\\$&");
const kpi = (page: Page, label: string) => page.locator("p", { hasText: new RegExp(`^${escape(label)}$`) }).locator("xpath=following-sibling::p[1]");

test("[ANALYTICS]: recompute from the UI; overview, RFM, clusters, predictions and a customer's predictions show the seeded orders", async ({ page, makeAccount }) => {
  test.setTimeout(120_000);
  const account = await makeAccount();
  const seeded = await seedAnalyticsOrders({ orgId: account.orgId, timeZone: "Europe/Berlin" });
  await signIn(page, account.email, account.password);

  const panel = await recomputeFromUi(page, account.slug);
  await expect(panel).toContainText(`from ${seeded.orders} paid orders of ${seeded.customers} customers.`);
  await expect(panel).toContainText("1 paid order in currencies other than EUR is not included.");
  await expect(page.getByText("Segments and predictions are not computed yet")).toHaveCount(0);

  // Overview, all time: KPIs, charts' table views and top customers agree with the seeded rows
  // (pending, refunded and USD orders left out).
  await page.getByRole("navigation", { name: "Date range" }).getByRole("link", { name: "All time" }).click();
  await expect(page).toHaveURL(/range=all/);
  await expect(kpi(page, "Revenue")).toHaveText(eur(seeded.revenue));
  await expect(kpi(page, "Orders")).toHaveText(String(seeded.orders));
  await expect(kpi(page, "Average order")).toHaveText(eur(Math.round(seeded.revenue / seeded.orders)));
  await expect(kpi(page, "Customers")).toHaveText(String(seeded.customers));
  await expect(kpi(page, "New customers")).toHaveText(String(seeded.customers));

  const revenue = page.getByRole("region", { name: "Revenue and orders", exact: true });
  await revenue.getByRole("button", { name: "Show table" }).click();
  const rows = await Promise.all((await revenue.locator("tbody tr").all()).map(cells));
  const expected = new Map([...seeded.byMonth].map(([month, v]) => [periodTitle(`${month}-01`, "month"), [eur(v.revenue), String(v.orders)]]));
  expect(rows.length).toBeGreaterThanOrEqual(expected.size);
  for (const [title, ...values] of rows) expect(values, title).toEqual(expected.get(title) ?? [eur(0), "0"]);
  expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining([...expected.keys()]));

  const sources = page.getByRole("region", { name: "Revenue by source", exact: true });
  await sources.getByRole("button", { name: "Show table" }).click();
  expect(await cells(sources.getByRole("row", { name: /^Total/ }))).toEqual(["Total", eur(seeded.ticketRevenue), eur(seeded.bookingRevenue), eur(seeded.revenue)]);

  const top = page.getByRole("region", { name: "Top customers", exact: true }).getByRole("listitem").first();
  await expect(top).toContainText(`1.${seeded.top.name}`);
  await expect(top).toContainText(`${eur(seeded.top.revenue)} · ${seeded.top.orders} ${seeded.top.orders === 1 ? "order" : "orders"}`);
  await expect(page.getByRole("region", { name: "Cohort retention", exact: true }).getByRole("button", { name: "Show table" })).toBeVisible();

  // RFM: every scored customer is in exactly one segment, sizes as stored.
  const groups = await e2eDb.customerScore.groupBy({ by: ["rfmSegment"], where: { orgId: account.orgId }, _count: { _all: true } });
  expect(groups.reduce((n, g) => n + g._count._all, 0)).toBe(seeded.customers);
  await page.getByRole("link", { name: "RFM", exact: true }).click();
  await expect(page.getByText(`${seeded.customers} customers scored`)).toBeVisible();
  const sizes = page.getByRole("region", { name: "Segment sizes", exact: true });
  await sizes.getByRole("button", { name: "Show table" }).click();
  for (const g of groups) {
    const segmentRow = sizes.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: g.rfmSegment, exact: true }) });
    expect((await cells(segmentRow))[1], g.rfmSegment).toBe(String(g._count._all));
  }

  // Clusters: k of the finished run, and every customer clustered.
  const run = await e2eDb.analyticsRun.findFirstOrThrow({ where: { orgId: account.orgId, status: "DONE" }, select: { summary: true } });
  const k = (run.summary as { kmeans: { k: number } | null }).kmeans?.k;
  expect(k).toBeGreaterThanOrEqual(2);
  await page.getByRole("link", { name: "Clusters", exact: true }).click();
  await expect(kpi(page, "Clusters (k)")).toHaveText(String(k));
  await expect(kpi(page, "Customers clustered")).toHaveText(String(seeded.customers));
  await expect(page.getByText("No clusters yet")).toHaveCount(0);

  // Predictions: sorted by CLV, the first row is the customer with the highest stored CLV.
  const best = await e2eDb.customerScore.findFirstOrThrow({
    where: { orgId: account.orgId },
    orderBy: [{ clv12m: { sort: "desc", nulls: "last" } }, { totalSpent: "desc" }, { customerId: "asc" }],
    include: { customer: { select: { name: true } } },
  });
  expect(best.pAlive).toBeGreaterThan(0);
  expect(best.pAlive).toBeLessThanOrEqual(1);
  expect(best.clv12m).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Predictions", exact: true }).click();
  const firstRow = page.locator("tbody tr").first();
  await expect(firstRow.getByRole("link").first()).toHaveText(best.customer.name);
  await expect(firstRow).toContainText(formatProbability(best.pAlive));
  await expect(firstRow).toContainText(formatMoneyValue(best.clv12m, "EUR"));
  expect(await page.locator("tbody tr").count()).toBe(25);

  // The customer's page: the Predictions card shows the stored scores.
  await firstRow.getByRole("link", { name: best.customer.name }).click();
  await expect(page.getByRole("heading", { name: best.customer.name })).toBeVisible();
  const row = (label: string) => page.locator("dt", { hasText: new RegExp(`^${escape(label)}$`) }).locator("xpath=following-sibling::dd[1]");
  await expect(row("RFM segment")).toHaveText(best.rfmSegment);
  await expect(row("P(alive)")).toHaveText(formatProbability(best.pAlive));
  await expect(row("Expected purchases, 90 days")).toHaveText(formatDecimal(best.expectedPurchases90d));
  await expect(row("Expected order value")).toHaveText(formatMoneyValue(best.expectedOrderValue, "EUR"));
  await expect(row("12-month CLV")).toHaveText(formatMoneyValue(best.clv12m, "EUR"));
  await expect(row("Churn risk")).toHaveText(churnLabels[best.churnRisk!]);
});

test("[ANALYTICS]: save an RFM segment from the UI; its size is live", async ({ page, makeAccount }) => {
  test.setTimeout(120_000);
  const account = await makeAccount();
  await seedAnalyticsOrders({ orgId: account.orgId, timeZone: "Europe/Berlin" });
  await signIn(page, account.email, account.password);
  await recomputeFromUi(page, account.slug);

  const groups = await e2eDb.customerScore.groupBy({ by: ["rfmSegment"], where: { orgId: account.orgId }, _count: { _all: true } });
  const biggest = groups.sort((a, b) => b._count._all - a._count._all || a.rfmSegment.localeCompare(b.rfmSegment))[0];
  const size = biggest._count._all;
  expect(size).toBeGreaterThan(1);

  await page.goto(`/${account.slug}/analytics/rfm`);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: biggest.rfmSegment, exact: true }) });
  await card.getByRole("link", { name: "Save as segment" }).click();
  await expect(page.getByRole("heading", { name: "New segment" })).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue(biggest.rfmSegment);
  await expect(page.getByRole("checkbox", { name: biggest.rfmSegment, exact: true })).toBeChecked();
  const preview = page.getByRole("complementary").filter({ has: page.getByRole("heading", { name: "Preview" }) });
  await expect(preview).toContainText(`${size} customers match now`);
  await page.getByLabel("Name").fill(`${biggest.rfmSegment} to win back`);
  await page.getByRole("button", { name: "Save segment" }).click();

  await expect(page.getByRole("heading", { name: `${biggest.rfmSegment} to win back` })).toBeVisible();
  const now = kpi(page, "Customers now");
  await expect(now).toHaveText(String(size));
  const saved = await e2eDb.segment.findFirstOrThrow({ where: { orgId: account.orgId } });
  expect(saved.definition).toMatchObject({ rfmSegments: [biggest.rfmSegment] });

  // Live: a member whose scores move out of the segment leaves it without the segment being saved again.
  const member = await e2eDb.customerScore.findFirstOrThrow({ where: { orgId: account.orgId, rfmSegment: biggest.rfmSegment } });
  await e2eDb.customerScore.update({ where: { customerId: member.customerId }, data: { rfmSegment: biggest.rfmSegment === "Champions" ? "Lost" : "Champions" } });
  await page.reload();
  await expect(now).toHaveText(String(size - 1));

  await page.getByRole("link", { name: "Segments", exact: true }).first().click();
  const listed = page.getByRole("row").filter({ hasText: `${biggest.rfmSegment} to win back` });
  await expect(listed.locator("td").nth(2)).toHaveText(String(size - 1));
});

test("[ANALYTICS]: an organization without orders sees empty states, and a recompute explains why", async ({ page, makeAccount }) => {
  const account = await makeAccount();
  const customer = await e2eDb.customer.create({ data: { orgId: account.orgId, name: "Nadia Noorders", email: "nadia@example.com" } });
  await signIn(page, account.email, account.password);

  await page.goto(`/${account.slug}/analytics`);
  await expect(kpi(page, "Revenue")).toHaveText(eur(0));
  await expect(kpi(page, "Orders")).toHaveText("0");
  await expect(kpi(page, "Average order")).toHaveText("—");
  await expect(kpi(page, "Customers")).toHaveText("0");
  await expect(page.getByRole("region", { name: "Revenue and orders", exact: true })).toContainText("No paid orders in this range.");
  await expect(page.getByRole("region", { name: "Cohort retention", exact: true })).toContainText("No first purchases in this range.");
  await expect(page.getByRole("region", { name: "Top customers", exact: true })).toContainText("No paying customers in this range yet.");
  await expect(page.getByRole("button", { name: "Show table" })).toHaveCount(0);
  await expect(page.getByText("Segments and predictions are not computed yet")).toBeVisible();

  for (const tab of ["RFM", "Clusters", "Predictions"]) {
    await page.getByRole("link", { name: tab, exact: true }).click();
    await expect(page.getByRole("heading", { name: "Nothing computed yet" }), tab).toBeVisible();
  }
  await page.getByRole("link", { name: "Segments", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "No segments yet" })).toBeVisible();
  await page.getByRole("link", { name: "Campaigns", exact: true }).click();
  await expect(page.getByRole("heading", { name: "No campaigns yet" })).toBeVisible();

  await page.goto(`/${account.slug}/customers/${customer.id}`);
  await expect(page.getByText("None yet: scores are computed from paid orders, and this customer has none.")).toBeVisible();

  const panel = await recomputeFromUi(page, account.slug);
  await expect(panel).toContainText("No paid orders in EUR yet: scores appear after the first sales.");
  await expect(page.getByText("Segments and predictions are not computed yet")).toBeVisible();
  expect(await e2eDb.customerScore.count({ where: { orgId: account.orgId } })).toBe(0);
});
