import { createTicketedEvent } from "../test/ticketing-factories";
import { e2eDb, expect, signIn, test } from "./fixtures";

// The security headers per kind of answer (proxy.ts, lib/security/security-headers.ts), the icons
// and Open Graph tags a shared link shows, and pages that still work under the policy: the fixture's
// page fails any test in which the browser reports a Content-Security-Policy violation.
const everywhere = { "x-frame-options": "DENY", "x-content-type-options": "nosniff", "referrer-policy": "same-origin", "permissions-policy": "camera=(self), microphone=(), geolocation=(), payment=()" };
const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

test("[SECURITY]: icons, manifest and the Open Graph card answer signed out, not a sign-in redirect", async ({ request }) => {
  for (const [path, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.png", "image/png"],
    ["/apple-touch-icon.png", "image/png"],
    ["/og.png", "image/png"],
    ["/manifest.webmanifest", "application/manifest+json"],
  ]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-type"], path).toContain(type);
    expect(res.headers(), path).toMatchObject(everywhere);
  }
  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain("Disallow: /t/");
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "Frontdesk", icons: expect.arrayContaining([expect.objectContaining({ src: "/icon.png" })]) });
});

test("[SECURITY]: API and webhook routes answer with a policy that lets nothing run, and HSTS only behind https", async ({ request }) => {
  const apiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  const health = await request.get("/api/health");
  expect(health.headers()).toMatchObject({ ...everywhere, "content-security-policy": apiPolicy });
  expect(health.headers()["strict-transport-security"]).toBeUndefined();
  const stripe = await request.post("/api/stripe/webhook", { data: "{}", headers: { "content-type": "application/json" } });
  expect(stripe.status()).toBe(400);
  expect(stripe.headers()).toMatchObject({ ...everywhere, "content-security-policy": apiPolicy });
  const telegram = await request.post("/api/telegram/no-such-bot", { data: { update_id: 1 } });
  expect(telegram.status()).toBeGreaterThanOrEqual(400);
  expect(telegram.headers()).toMatchObject({ ...everywhere, "content-security-policy": apiPolicy });
  const behindProxy = await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
  expect(behindProxy.headers()["strict-transport-security"]).toBe("max-age=63072000");
});

test("[SECURITY]: the dashboard runs only its own nonce'd scripts, a fresh nonce per request, and cannot be framed", async ({ page, makeAccount }) => {
  const account = await makeAccount({ orgName: "Header Studio" });
  await signIn(page, account.email, account.password);
  const res = await page.goto(`/${account.slug}/customers`);
  const csp = res!.headers()["content-security-policy"];
  expect(res!.headers()).toMatchObject(everywhere);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("'strict-dynamic'");
  const nonce = nonceOf(csp)!;
  expect(nonce).toBeTruthy();
  // Next put this request's nonce on its scripts (the browser hides nonce attributes from the DOM).
  const html = await page.request.get(`/${account.slug}/customers`);
  const again = nonceOf(html.headers()["content-security-policy"])!;
  expect(again).not.toBe(nonce);
  expect(await html.text()).toContain(`nonce="${again}"`);
  // Hydrated and working: a client-side navigation and a form that answers.
  await page.getByRole("link", { name: "Events" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/${account.slug}/events`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("[SECURITY]: the public event page stays cached, carries absolute Open Graph links, and its checkout works under its policy", async ({ page, makeAccount, baseURL }) => {
  const account = await makeAccount({ orgName: "Header Hall" });
  const event = await createTicketedEvent({ orgId: account.orgId, client: e2eDb, title: "Header Night", slug: `header-${account.slug}`, types: [{ name: "Free entry", price: 0, capacity: 20 }] });

  const first = await page.goto(`/e/${event.slug}`);
  const csp = first!.headers()["content-security-policy"];
  expect(first!.headers()).toMatchObject(everywhere);
  expect(csp).toContain("script-src 'self' 'unsafe-inline'");
  expect(csp).not.toContain("nonce-");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${baseURL}/e/${event.slug}`);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${baseURL}/og.png`);
  // Served from Next's cache, not rendered per request.
  const cached = await page.request.get(`/e/${event.slug}`);
  expect(cached.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);

  // An event cover stays the event's own card.
  await e2eDb.event.update({ where: { id: event.id }, data: { coverImagePath: "covers/header-night.png" } });
  const withCover = await page.request.get(`/e/${event.slug}/access`);
  expect(await withCover.text()).toMatch(new RegExp(`<meta property="og:image" content="${baseURL}/uploads/covers/header-night\\.png"`));

  await page.getByLabel("Quantity of Free entry").selectOption("1");
  await page.getByLabel("Your name").fill("Hedda Header");
  await page.getByLabel("Your email").fill("hedda@example.com");
  await page.getByRole("button", { name: "Get tickets" }).click();
  await expect(page.getByRole("heading", { name: "You're going!" })).toBeVisible();
  // The order page's URL carries its token: the referrer never leaves the site.
  const order = await page.request.get(page.url());
  expect(order.headers()).toMatchObject(everywhere);
  expect(nonceOf(order.headers()["content-security-policy"])).toBeTruthy();

  const ticket = await e2eDb.ticket.findFirstOrThrow({ where: { orgId: account.orgId }, select: { code: true } });
  const ticketPage = await page.goto(`/t/${ticket.code}`);
  expect(ticketPage!.headers()).toMatchObject(everywhere);
  await expect(page.getByRole("img", { name: "Ticket QR code" })).toBeVisible();
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${baseURL}/t/${ticket.code}`);
});
