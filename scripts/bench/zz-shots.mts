// temporary: screenshots of the run-error list and the drip delete button
import { chromium } from "@playwright/test";
const [slug, botId, flowId, seqId] = process.argv.slice(2);
const base = "http://localhost:3012";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 800 } });
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email", { exact: true }).fill("demo@frontdesk.dev");
  await page.getByLabel("Password").fill("frontdesk-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 60_000 });
  await page.goto(`${base}/${slug}/bots/${botId}/flows/${flowId}`, { timeout: 60_000 });
  await page.getByRole("tab", { name: /Problems/ }).click();
  await page.getByText("In live conversations").waitFor();
  await page.screenshot({ path: `/tmp/bw-shots/flow-problems-${width}.png` });
  if (width === 1280) {
    await page.getByText(/api\.internal resolves/).click();
    await page.waitForTimeout(600);
    await page.screenshot({ path: `/tmp/bw-shots/flow-problems-click-${width}.png` });
  }
  await page.goto(`${base}/${slug}/bots/${botId}/drips/${seqId}`, { timeout: 60_000 });
  await page.screenshot({ path: `/tmp/bw-shots/drip-${width}.png`, fullPage: true });
  await page.close();
}
await browser.close();
