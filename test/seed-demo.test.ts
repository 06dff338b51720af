import { describe, expect, it } from "vitest";
import { seedDemoCampaigns } from "@/lib/analytics/campaigns/seed-demo-campaigns";
import { db } from "@/lib/db/client";
import { seedDemo, seedDemoIfEmpty } from "@/prisma/seed";
import { createOrg } from "./factories";

// The demo seed fills every analytics tab of the demo org, campaigns included, and running it
// again adds nothing.
describe("demo seed", () => {
  it("seeds the demo org with orders, scores and campaigns ending yesterday in its time zone", async () => {
    const now = new Date("2026-03-10T23:30:00Z"); // already March 11 in Berlin
    const { orgId, orders, campaignDays } = await seedDemo(now);
    expect(orders).toBeGreaterThan(300);
    expect(await db.customerScore.count({ where: { orgId } })).toBeGreaterThan(0);

    const campaigns = await db.campaign.findMany({ where: { orgId }, select: { name: true, currency: true, endsOn: true, _count: { select: { metrics: true } } }, orderBy: { name: "asc" } });
    expect(campaigns.map((c) => c.name)).toEqual(["Google Search: brand", "Instagram: spring looks", "Market flyers", "Telegram channel promo"]);
    expect(campaigns.every((c) => c.currency === "EUR")).toBe(true);
    expect(campaignDays).toBe(90 + 90 + 60 + 40);
    expect(campaigns.reduce((n, c) => n + c._count.metrics, 0)).toBe(campaignDays);
    const last = await db.campaignMetric.aggregate({ where: { orgId }, _max: { date: true } });
    expect(last._max.date?.toISOString().slice(0, 10)).toBe("2026-03-10");

    expect(await seedDemoIfEmpty()).toBe(false);
    expect(await seedDemoCampaigns({ orgId, currency: "EUR", timeZone: "Europe/Berlin", now })).toBe(0);
    expect(await db.campaignMetric.count({ where: { orgId } })).toBe(campaignDays);
  }, 60_000);

  it("seeds campaigns in the org's currency and never over existing ones", async () => {
    const org = await createOrg({ currency: "USD", timezone: "America/New_York" });
    await db.campaign.create({ data: { orgId: org.orgId, name: "Mine", channel: "email", currency: "USD" } });
    expect(await seedDemoCampaigns({ orgId: org.orgId, currency: "USD", timeZone: org.timezone })).toBe(0);
    expect(await db.campaign.count({ where: { orgId: org.orgId } })).toBe(1);

    const fresh = await createOrg({ currency: "USD" });
    expect(await seedDemoCampaigns({ orgId: fresh.orgId, currency: "USD", timeZone: "UTC" })).toBe(280);
    expect(await db.campaign.count({ where: { orgId: fresh.orgId, currency: "USD" } })).toBe(4);
  });
});
