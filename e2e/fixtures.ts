import { randomUUID } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "@/lib/auth/password";
import { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { e2ePgPort } from "../playwright.config";

// Fixtures create users and organizations straight in the e2e database and delete them after.
export const e2eDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://postgres:frontdesk-local@127.0.0.1:${e2ePgPort}/frontdesk` }) });

export type TestAccount = { userId: string; email: string; password: string; orgId: string; slug: string; orgName: string };

type Fixtures = { makeAccount: (options?: { role?: Role; orgName?: string }) => Promise<TestAccount> };

// Every spec's page fails its test when the browser refuses something under our Content-Security-Policy.
const underCsp = base.extend({
  page: async ({ page }, use) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await use(page);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },
});

export const test = underCsp.extend<Fixtures>({
  makeAccount: async ({}, use) => {
    const made: TestAccount[] = [];
    await use(async ({ role = "OWNER", orgName } = {}) => {
      const id = randomUUID().slice(0, 8);
      const password = `pw-${id}-secret`;
      const user = await e2eDb.user.create({ data: { email: `e2e-${id}@test.dev`, name: `E2E ${id}`, passwordHash: await hashPassword(password), emailVerified: new Date() } });
      const org = await e2eDb.organization.create({
        data: { name: orgName ?? `E2E Org ${id}`, slug: `e2e-${id}`, timezone: "Europe/Berlin", currency: "EUR", memberships: { create: { userId: user.id, role } } },
      });
      const account = { userId: user.id, email: user.email, password, orgId: org.id, slug: org.slug, orgName: org.name };
      made.push(account);
      return account;
    });
    for (const a of made) {
      // Bookings restrict deleting customers, staff and services, tickets deleting orders; one
      // transaction, as a paid order may not lose its tickets or booking (checked at commit).
      await e2eDb.$transaction([e2eDb.booking.deleteMany({ where: { orgId: a.orgId } }), e2eDb.ticket.deleteMany({ where: { orgId: a.orgId } }), e2eDb.order.deleteMany({ where: { orgId: a.orgId } })]);
      await e2eDb.organization.deleteMany({ where: { id: a.orgId } });
      await e2eDb.user.deleteMany({ where: { id: a.userId } });
    }
  },
});

export { expect };

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** A one-hour booking of `client` (a new BOOKING customer) with `staff` for `service`, straight in the database. */
export async function createBookingFor(
  account: TestAccount,
  { service, staff, client, status, startsAt }: { service: { id: string }; staff: { id: string }; client: { name: string; email: string }; status: "CONFIRMED" | "PENDING_CONFIRMATION"; startsAt: Date },
) {
  const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
  const customer = await e2eDb.customer.create({ data: { orgId: account.orgId, name: client.name, email: client.email, source: "BOOKING" } });
  return e2eDb.booking.create({
    data: {
      orgId: account.orgId,
      serviceId: service.id,
      staffMemberId: staff.id,
      customerId: customer.id,
      status,
      startsAt,
      endsAt,
      blockedFrom: startsAt,
      blockedUntil: endsAt,
      clientName: client.name,
      clientEmail: client.email,
      clientTimeZone: "America/New_York",
    },
  });
}
