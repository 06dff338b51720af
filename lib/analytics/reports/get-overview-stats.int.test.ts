import { createSandboxBot } from "@/lib/bots/sandbox/create-sandbox-bot";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createBookableService, createOrg } from "@/test/factories";
import { createSaleOrders } from "@/test/sale-orders";
import { createTestEvent } from "@/test/ticketing-door-factories";
import { getOverviewStats } from "./get-overview-stats";

// Integration: the dashboard Overview's cards on a real database.
describe("getOverviewStats", () => {
  it("lists the latest sales up to now, free ones included, newest paid first; nothing dated later counts", async () => {
    const org = await createOrg();
    const customer = await db.customer.create({ data: { orgId: org.orgId, name: "Ada" }, select: { id: true } });
    const now = new Date("2026-12-07T12:00:00Z");
    const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
    const order = (kind: "TICKET" | "BOOKING", amount: number, paidAt: Date) => ({ orgId: org.orgId, customerId: customer.id, kind, amount, currency: "EUR", status: "PAID" as const, paidAt, createdAt: paidAt });
    const [older, free, , future] = await createSaleOrders(db, [order("BOOKING", 12000, at(-30)), order("TICKET", 0, at(-2)), order("TICKET", 1800, at(-24 * 40)), order("BOOKING", 3900, at(24 * 15))]);

    const stats = await getOverviewStats({ orgId: org.orgId, currency: "EUR", now });
    expect(stats.recentOrders.map((o) => o.id)).toEqual([free.id, older.id, expect.any(String)]);
    expect(stats.recentOrders.map((o) => o.id)).not.toContain(future.id);
    expect(stats.recentOrders.every((o) => o.paidAt! <= now)).toBe(true);
    expect(stats.recentOrders[0]).toMatchObject({ kind: "TICKET", amount: 0, event: { title: expect.any(String) } });
    expect(stats.recentOrders[1].booking?.service.name).toBeTruthy();
    expect([stats.revenue30d, stats.orders30d]).toEqual([12000, 2]);
  });

  it("says which first steps are done: a bot connected, something to sell (an event or a service)", async () => {
    const fresh = await createOrg();
    expect((await getOverviewStats({ orgId: fresh.orgId, currency: "EUR" })).steps).toEqual({ botConnected: false, selling: false });

    const withBot = await createOrg();
    await createBot({ orgId: withBot.orgId });
    expect((await getOverviewStats({ orgId: withBot.orgId, currency: "EUR" })).steps).toEqual({ botConnected: true, selling: false });

    // A sandbox bot is a try-out: the "Connect a Telegram bot" step stays open.
    const withSandbox = await createOrg();
    await createSandboxBot({ orgId: withSandbox.orgId, actorUserId: null });
    expect((await getOverviewStats({ orgId: withSandbox.orgId, currency: "EUR" })).steps.botConnected).toBe(false);

    const withEvent = await createOrg();
    await createTestEvent(withEvent.orgId);
    expect((await getOverviewStats({ orgId: withEvent.orgId, currency: "EUR" })).steps).toEqual({ botConnected: false, selling: true });

    const withService = await createOrg();
    await createBookableService({ orgId: withService.orgId });
    expect((await getOverviewStats({ orgId: withService.orgId, currency: "EUR" })).steps.selling).toBe(true);
  });
});
