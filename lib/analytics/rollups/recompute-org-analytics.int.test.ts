import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { computeCustomerScores } from "../models/compute-customer-scores";
import { recomputeOrgAnalytics, RECOMPUTE_SETTINGS } from "./recompute-org-analytics";
import { simulateTransactions } from "../models/simulate-bgnbd";
import { createSaleOrders } from "@/test/sale-orders";

// Integration: recompute on a real Postgres, checked against the pure function on the same orders.
type Org = Awaited<ReturnType<typeof createOrg>>;
const DAY = 86_400_000;
const now = new Date("2026-06-15T12:00:00Z");

/** `n` customers of `org` with a BG/NBD-simulated year of paid orders in the org currency. */
async function seedCustomers(org: Org, n: number, seed: number) {
  await db.customer.createMany({ data: Array.from({ length: n }, (_, i) => ({ orgId: org.orgId, name: `c${i + 1}` })) });
  const ids = new Map((await db.customer.findMany({ where: { orgId: org.orgId }, select: { id: true, name: true } })).map((c) => [c.name, c.id]));
  const log = simulateTransactions({ bgnbd: { r: 0.9, alpha: 20, a: 0.8, b: 3 }, gammaGamma: { p: 6, q: 4, v: 15 }, customers: n, days: 365, end: "2026-06-15", seed });
  await createSaleOrders(
    db,
    log.map((t) => ({ orgId: org.orgId, customerId: ids.get(t.customerId)!, kind: "TICKET" as const, amount: Math.round(t.amount! * 100), currency: org.currency, status: "PAID" as const, paidAt: t.date as Date })),
  );
  return [...ids.values()];
}

let a: Org;
let b: Org;
let aCustomers: string[];
let ignored: Record<"canceled" | "otherCurrency" | "future" | "none", string>;

beforeAll(async () => {
  [a, b] = await Promise.all([createOrg({ currency: "EUR" }), createOrg({ currency: "EUR" })]);
  aCustomers = await seedCustomers(a, 60, 1);
  await seedCustomers(b, 40, 2);
  const make = (name: string) => db.customer.create({ data: { orgId: a.orgId, name }, select: { id: true } }).then((c) => c.id);
  ignored = { canceled: await make("zz canceled"), otherCurrency: await make("zz usd"), future: await make("zz future"), none: await make("zz none") };
  await createSaleOrders(db, [
    { orgId: a.orgId, customerId: ignored.canceled, kind: "BOOKING", amount: 5000, currency: "EUR", status: "CANCELED", paidAt: new Date(now.getTime() - 5 * DAY) },
    { orgId: a.orgId, customerId: ignored.otherCurrency, kind: "BOOKING", amount: 5000, currency: "USD", status: "PAID", paidAt: new Date(now.getTime() - 5 * DAY) },
    { orgId: a.orgId, customerId: ignored.future, kind: "BOOKING", amount: 5000, currency: "EUR", status: "PAID", paidAt: new Date(now.getTime() + 5 * DAY) },
    { orgId: a.orgId, customerId: ignored.future, kind: "BOOKING", amount: 5000, currency: "EUR", status: "PENDING", paidAt: null },
  ]);
});

describe("recomputeOrgAnalytics", () => {
  it("scores exactly the org's customers with paid orders, as computeCustomerScores does, and leaves other orgs alone", async () => {
    await recomputeOrgAnalytics({ orgId: b.orgId, now });
    const bBefore = await db.customerScore.findMany({ where: { orgId: b.orgId }, orderBy: { customerId: "asc" } });
    expect(bBefore).toHaveLength(40);

    const { runId, summary } = await recomputeOrgAnalytics({ orgId: a.orgId, now });
    const run = await db.analyticsRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ orgId: a.orgId, status: "DONE", progress: 100, error: null });
    expect(run.startedAt).toBeTruthy();
    expect(run.finishedAt).toBeTruthy();
    expect(summary.counts).toMatchObject({ customers: 60, otherCurrencyOrders: 1, removed: 0 });
    expect(summary.bgnbd && summary.gammaGamma && summary.kmeans).toBeTruthy();
    expect(summary.notes).toEqual(["1 paid order in currencies other than EUR is not included."]);
    expect(run.summary).toEqual(JSON.parse(JSON.stringify(summary)));

    const scores = await db.customerScore.findMany({ where: { orgId: a.orgId } });
    expect(new Set(scores.map((s) => s.customerId))).toEqual(new Set(aCustomers));
    expect(await db.customerScore.count({ where: { customerId: { in: Object.values(ignored) } } })).toBe(0);
    expect(await db.customerScore.findMany({ where: { orgId: b.orgId }, orderBy: { customerId: "asc" } })).toEqual(bBefore);

    const orders = await db.order.findMany({ where: { orgId: a.orgId, status: "PAID", currency: "EUR", paidAt: { lte: now } }, select: { customerId: true, paidAt: true, amount: true } });
    const expected = computeCustomerScores({ transactions: orders.map((o) => ({ customerId: o.customerId, date: o.paidAt!, amount: o.amount })), calibrationEnd: now, unit: "days", ...RECOMPUTE_SETTINGS });
    expect(expected.customers).toHaveLength(60);
    expect(summary.bgnbd?.r).toBeCloseTo(expected.bgnbd!.params.r, 6);
    expect(summary.kmeans?.k).toBe(expected.kmeans!.k);
    const byId = new Map(scores.map((s) => [s.customerId, s]));
    for (const c of expected.customers) {
      const own = orders.filter((o) => o.customerId === c.customerId);
      const s = byId.get(c.customerId)!;
      expect(s).toMatchObject({
        orders: own.length,
        totalSpent: own.reduce((t, o) => t + o.amount, 0),
        frequency: c.frequency,
        recencyScore: c.r,
        frequencyScore: c.f,
        monetaryScore: c.m,
        rfmSegment: c.rfmSegment,
        cluster: c.cluster,
        churnRisk: c.churnRisk?.toUpperCase(),
        computedAt: now,
      });
      expect(s.lastOrderAt).toEqual(new Date(Math.max(...own.map((o) => o.paidAt!.getTime()))));
      expect(s.recencyDays).toBeCloseTo(c.recency, 9);
      expect(s.tenureDays).toBeCloseTo(c.T, 9);
      expect(s.monetaryValue).toBeCloseTo(c.monetary_value, 9);
      for (const [stored, pure] of [
        [s.pAlive, c.pAlive],
        [s.expectedPurchases90d, c.expectedPurchases],
        [s.expectedOrderValue, c.expectedOrderValue],
        [s.clv12m, c.clv],
      ]) {
        expect(pure).not.toBeNull();
        expect(stored).toBeCloseTo(pure!, 6);
      }
    }
  });

  it("counts each customer's messages to the bot in the 90 days before the recompute as bot engagement", async () => {
    const bot = await db.bot.create({ data: { orgId: a.orgId, telegramBotId: BigInt(Date.now()), username: "lumen_test_bot", name: "Lumen", webhookSecret: "s", status: "DEMO" }, select: { id: true } });
    const [chatty, once] = aCustomers.slice(1, 3);
    const subscriber = (customerId: string | null, chatId: number) => db.botSubscriber.create({ data: { orgId: a.orgId, botId: bot.id, chatId: BigInt(chatId), telegramUserId: BigInt(chatId), customerId }, select: { id: true } }).then((s) => s.id);
    const [s1, s2, s3] = [await subscriber(chatty, 101), await subscriber(once, 102), await subscriber(null, 103)];
    const message = (subscriberId: string, direction: "IN" | "OUT", daysAgo: number) => ({ orgId: a.orgId, botId: bot.id, subscriberId, direction, text: "hi", createdAt: new Date(now.getTime() - daysAgo * DAY) });
    await db.botMessage.createMany({
      data: [
        ...[1, 2, 3, 89].map((d) => message(s1, "IN", d)),
        message(s1, "OUT", 1), // the bot's own replies are not engagement
        message(s1, "IN", 91), // outside the window
        message(s1, "IN", -1), // after the calibration end
        message(s2, "IN", 10),
        message(s3, "IN", 10), // no customer linked
      ],
    });
    const { summary } = await recomputeOrgAnalytics({ orgId: a.orgId, now });
    expect(summary.kmeans?.features).toContain("bot engagement");
    const stored = new Map((await db.customerScore.findMany({ where: { orgId: a.orgId }, select: { customerId: true, botMessages90d: true } })).map((s) => [s.customerId, s.botMessages90d]));
    expect(stored.get(chatty)).toBe(4);
    expect(stored.get(once)).toBe(1);
    expect([...stored.values()].reduce((t, n) => t + n, 0)).toBe(5);
    await db.bot.delete({ where: { id: bot.id } });
  });

  it("a second recompute replaces the rows: no duplicates, customers who no longer qualify lose theirs", async () => {
    const gone = aCustomers[0];
    await db.order.updateMany({ where: { orgId: a.orgId, customerId: gone }, data: { status: "REFUNDED" } });
    const later = new Date(now.getTime() + DAY);
    const { summary } = await recomputeOrgAnalytics({ orgId: a.orgId, now: later });
    expect(summary.counts).toMatchObject({ customers: 59, removed: 1 });
    const scores = await db.customerScore.findMany({ where: { orgId: a.orgId }, select: { customerId: true, computedAt: true } });
    expect(scores).toHaveLength(59);
    expect(scores.some((s) => s.customerId === gone)).toBe(false);
    expect(scores.every((s) => s.computedAt.getTime() === later.getTime())).toBe(true);
    expect(await db.customerScore.count({ where: { orgId: b.orgId } })).toBe(40);
    await db.order.updateMany({ where: { orgId: a.orgId, customerId: gone }, data: { status: "PAID" } });
  });

  it("too little data: DONE with notes and null predictions, not FAILED", async () => {
    const small = await createOrg({ currency: "EUR" });
    await seedCustomers(small, 4, 3);
    const { runId, summary } = await recomputeOrgAnalytics({ orgId: small.orgId, now });
    expect(await db.analyticsRun.findUniqueOrThrow({ where: { id: runId }, select: { status: true, progress: true } })).toEqual({ status: "DONE", progress: 100 });
    expect(summary.bgnbd).toBeNull();
    expect(summary.gammaGamma).toBeNull();
    expect(summary.kmeans).toBeNull();
    expect(summary.notes.join(" ")).toMatch(/Purchase predictions need at least 30 customers/);
    expect(summary.notes.join(" ")).toMatch(/Clusters need at least 20 customers/);
    const scores = await db.customerScore.findMany({ where: { orgId: small.orgId } });
    expect(scores).toHaveLength(4);
    for (const s of scores) {
      expect(s).toMatchObject({ pAlive: null, expectedPurchases90d: null, expectedOrderValue: null, clv12m: null, churnRisk: null, cluster: null });
      expect(s.recencyScore).toBeGreaterThanOrEqual(1);
    }
  });

  it("no orders at all: DONE with a note and no rows", async () => {
    const empty = await createOrg();
    const { runId, summary } = await recomputeOrgAnalytics({ orgId: empty.orgId, now });
    expect((await db.analyticsRun.findUniqueOrThrow({ where: { id: runId } })).status).toBe("DONE");
    expect(summary.counts.customers).toBe(0);
    expect(summary.notes[0]).toMatch(/No paid orders in EUR yet/);
    expect(await db.customerScore.count({ where: { orgId: empty.orgId } })).toBe(0);
  });

  it("gives its pooled connection back without the org's recompute lock", async () => {
    const org = await createOrg();
    await recomputeOrgAnalytics({ orgId: org.orgId, now });
    // Another session (Prisma's pool) can take the lock at once: the connection back in the plain pool does not hold it.
    const [{ ok }] = await db.$transaction((tx) => tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext('analytics.recompute'), hashtext(${org.orgId})) AS ok`);
    expect(ok).toBe(true);
  });

  it("finishes a given QUEUED run, and refuses another org's run id without touching it", async () => {
    const queued = await db.analyticsRun.create({ data: { orgId: b.orgId, status: "QUEUED" }, select: { id: true } });
    await expect(recomputeOrgAnalytics({ orgId: a.orgId, runId: queued.id, now })).rejects.toThrow(/not found/);
    expect((await db.analyticsRun.findUniqueOrThrow({ where: { id: queued.id } })).status).toBe("QUEUED");
    const { runId } = await recomputeOrgAnalytics({ orgId: b.orgId, runId: queued.id, now });
    expect(runId).toBe(queued.id);
    expect(await db.analyticsRun.findUniqueOrThrow({ where: { id: queued.id }, select: { status: true, progress: true, stage: true } })).toEqual({ status: "DONE", progress: 100, stage: "Done" });
  });
});
