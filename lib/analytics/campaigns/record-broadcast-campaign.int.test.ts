import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { previewMetricsImport } from "./import-campaign-metrics";
import { recordBroadcastCampaign } from "./record-broadcast-campaign";
import { createSaleOrder, createSaleOrders } from "@/test/sale-orders";

// Integration: a broadcast's deliveries and the recipients' orders become a computed campaign.
type Org = Awaited<ReturnType<typeof createOrg>>;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const sent = new Date("2026-11-10T10:00:00Z");

let org: Org;
let other: Org;
let broadcastId: string;
let customers: Record<"late" | "buyer" | "failed" | "early", string>;

beforeAll(async () => {
  [org, other] = await Promise.all([createOrg({ currency: "EUR", timezone: "Europe/Berlin" }), createOrg({ currency: "EUR" })]);
  const bot = await db.bot.create({ data: { orgId: org.orgId, telegramBotId: BigInt(Date.now()), username: "campaign_bot", name: "Lumen", webhookSecret: "s", status: "DEMO" }, select: { id: true } });
  const customer = (name: string) => db.customer.create({ data: { orgId: org.orgId, name }, select: { id: true } }).then((c) => c.id);
  customers = { late: await customer("Late night"), buyer: await customer("Buyer"), failed: await customer("Failed"), early: await customer("Early") };
  const subscriber = (customerId: string | null, chatId: number) => db.botSubscriber.create({ data: { orgId: org.orgId, botId: bot.id, chatId: BigInt(chatId), telegramUserId: BigInt(chatId), customerId }, select: { id: true } }).then((s) => s.id);
  const broadcast = await db.broadcast.create({ data: { orgId: org.orgId, botId: bot.id, name: "Winter market", text: "Come by!", status: "DONE", startedAt: sent }, select: { id: true } });
  broadcastId = broadcast.id;
  const delivery = async (customerId: string | null, chatId: number, status: "SENT" | "FAILED", at: Date | null) => db.broadcastDelivery.create({ data: { broadcastId, subscriberId: await subscriber(customerId, chatId), status, sentAt: at } });
  await delivery(customers.buyer, 1, "SENT", sent);
  await delivery(customers.early, 2, "SENT", sent);
  await delivery(customers.late, 3, "SENT", new Date("2026-11-10T23:30:00Z")); // already Nov 11 in Berlin
  await delivery(customers.failed, 4, "FAILED", null);
  await delivery(null, 5, "SENT", sent); // a subscriber without a customer still saw it
  const order = (customerId: string, amount: number, paidAt: Date, currency = "EUR", status: "PAID" | "REFUNDED" = "PAID") => ({ orgId: org.orgId, customerId, kind: "TICKET" as const, amount, currency, status, paidAt });
  await createSaleOrders(db, [
    order(customers.buyer, 4500, new Date(sent.getTime() + 2 * DAY)), // counted on Nov 10
    order(customers.buyer, 1000, new Date(sent.getTime() + 3 * DAY)), // counted on Nov 10
    order(customers.buyer, 9900, new Date(sent.getTime() + 8 * DAY)), // after the 7-day window
    order(customers.buyer, 700, new Date(sent.getTime() + DAY), "EUR", "REFUNDED"),
    order(customers.early, 2000, new Date(sent.getTime() - HOUR)), // before the message
    order(customers.early, 3000, new Date(sent.getTime() + DAY), "USD"), // other currency
    order(customers.late, 2500, new Date("2026-11-11T09:00:00Z")), // counted on Nov 11
    order(customers.failed, 8000, new Date(sent.getTime() + DAY)), // never received it
  ]);
});

describe("recordBroadcastCampaign", () => {
  it("records delivered messages and the recipients' paid orders within 7 days, per day in the org's zone", async () => {
    const result = await recordBroadcastCampaign({ orgId: org.orgId, broadcastId });
    expect(result).not.toBeNull();
    const campaign = await db.campaign.findUniqueOrThrow({ where: { id: result!.campaignId }, select: { name: true, channel: true, currency: true, broadcastId: true, orgId: true } });
    expect(campaign).toEqual({ name: "Broadcast 2026-11-10: Winter market", channel: "telegram", currency: "EUR", broadcastId, orgId: org.orgId });
    const metrics = await db.campaignMetric.findMany({ where: { campaignId: result!.campaignId }, orderBy: { date: "asc" }, select: { date: true, impressions: true, clicks: true, conversions: true, cost: true, revenue: true } });
    expect(metrics).toEqual([
      { date: new Date("2026-11-10T00:00:00Z"), impressions: 3, clicks: 0, conversions: 2, cost: 0, revenue: 5500 },
      { date: new Date("2026-11-11T00:00:00Z"), impressions: 1, clicks: 0, conversions: 1, cost: 0, revenue: 2500 },
    ]);
  });

  it("recording again replaces the days (late orders picked up, nothing doubled) and keeps one campaign", async () => {
    await createSaleOrder(db, { orgId: org.orgId, customerId: customers.early, kind: "BOOKING", amount: 3300, currency: "EUR", status: "PAID", paidAt: new Date(sent.getTime() + 4 * DAY) });
    const first = await recordBroadcastCampaign({ orgId: org.orgId, broadcastId });
    const again = await recordBroadcastCampaign({ orgId: org.orgId, broadcastId });
    expect(again).toEqual(first);
    expect(await db.campaign.count({ where: { broadcastId } })).toBe(1);
    const day = await db.campaignMetric.findFirstOrThrow({ where: { campaignId: first!.campaignId, date: new Date("2026-11-10T00:00:00Z") } });
    expect(day).toMatchObject({ impressions: 3, conversions: 3, revenue: 8800 });
  });

  it("refuses a CSV import into a broadcast campaign, and another org's broadcast is not found", async () => {
    const { campaignId } = (await recordBroadcastCampaign({ orgId: org.orgId, broadcastId }))!;
    await expect(previewMetricsImport({ orgId: org.orgId, campaignId, csvText: "date,impressions\n2026-11-10,5\n" })).rejects.toThrow(/computed from the deliveries/);
    expect(await recordBroadcastCampaign({ orgId: other.orgId, broadcastId })).toBeNull();
  });
});
