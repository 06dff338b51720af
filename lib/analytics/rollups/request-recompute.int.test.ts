import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recomputeAnalyticsAction } from "@/app/(dashboard)/[org]/analytics/recompute-actions";
import { db } from "@/lib/db/client";
import { getBoss, queues } from "@/lib/jobs/boss";
import { runWorker } from "@/lib/worker/run-worker";
import { createOrg, form, signInAs } from "@/test/factories";
import { listOrgsToRecompute, requestAnalyticsRecompute, runAnalyticsRecomputeJob, STALE_RUN_MS } from "./request-recompute";
import { simulateTransactions } from "../models/simulate-bgnbd";
import { createSaleOrder, createSaleOrders } from "@/test/sale-orders";

// Integration: requests, the pg-boss queue and the worker, on the test database. The worker
// starts only in the last tests of this file, so the earlier ones see their runs still QUEUED.
type Org = Awaited<ReturnType<typeof createOrg>>;

async function seedOrders(org: Org, n: number) {
  await db.customer.createMany({ data: Array.from({ length: n }, (_, i) => ({ orgId: org.orgId, name: `c${i + 1}` })) });
  const ids = new Map((await db.customer.findMany({ where: { orgId: org.orgId }, select: { id: true, name: true } })).map((c) => [c.name, c.id]));
  const end = new Date().toISOString().slice(0, 10);
  const log = simulateTransactions({ bgnbd: { r: 0.9, alpha: 20, a: 0.8, b: 3 }, gammaGamma: { p: 6, q: 4, v: 15 }, customers: n, days: 365, end, seed: 9 });
  await createSaleOrders(
    db,
    log.map((t) => ({ orgId: org.orgId, customerId: ids.get(t.customerId)!, kind: "BOOKING" as const, amount: Math.round(t.amount! * 100), currency: org.currency, status: "PAID" as const, paidAt: t.date as Date })),
  );
}

const waitingJobs = async (orgId: string) => {
  const boss = await getBoss();
  const rows = (await boss.getDb().executeSql(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state = 'created'`, [queues.analyticsRecompute, orgId])) as { rows: { n: number }[] };
  return rows.rows[0].n;
};

let a: Org;
let b: Org;
let worker: PgBoss | undefined;
beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  await seedOrders(a, 50);
});
afterAll(async () => {
  await worker?.stop({ graceful: false, wait: true });
  await (await getBoss()).stop({ graceful: false, wait: true });
});

describe("requestAnalyticsRecompute", () => {
  it("twice (even at once) gives one QUEUED run and one waiting job; another org gets its own", async () => {
    const first = await requestAnalyticsRecompute({ orgId: a.orgId });
    expect(first).toMatchObject({ status: "QUEUED", created: true });
    const again = await Promise.all([requestAnalyticsRecompute({ orgId: a.orgId }), requestAnalyticsRecompute({ orgId: a.orgId })]);
    expect(again.map((r) => [r.runId, r.created])).toEqual([
      [first.runId, false],
      [first.runId, false],
    ]);
    expect(await db.analyticsRun.count({ where: { orgId: a.orgId } })).toBe(1);
    expect(await waitingJobs(a.orgId)).toBe(1);

    const other = await requestAnalyticsRecompute({ orgId: b.orgId });
    expect(other.created).toBe(true);
    expect(other.runId).not.toBe(first.runId);
    expect(await waitingJobs(b.orgId)).toBe(1);
  });

  it("concurrent first requests for a fresh org still make one run", async () => {
    const c = await createOrg();
    const results = await Promise.all([1, 2, 3].map(() => requestAnalyticsRecompute({ orgId: c.orgId })));
    expect(new Set(results.map((r) => r.runId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.analyticsRun.count({ where: { orgId: c.orgId } })).toBe(1);
  });

  it("replaces a run left RUNNING by a dead worker", async () => {
    const c = await createOrg();
    const dead = await db.analyticsRun.create({ data: { orgId: c.orgId, status: "RUNNING", startedAt: new Date(Date.now() - STALE_RUN_MS - 60_000) }, select: { id: true } });
    const request = await requestAnalyticsRecompute({ orgId: c.orgId });
    expect(request.created).toBe(true);
    expect(await db.analyticsRun.findUniqueOrThrow({ where: { id: dead.id }, select: { status: true, error: true } })).toMatchObject({ status: "FAILED", error: expect.stringMatching(/Interrupted/) });
  });

  it("the server action (any member, STAFF up) queues or joins the run; outsiders get nothing", async () => {
    signInAs(a.userId);
    const state = await recomputeAnalyticsAction(null, form({ org: a.slug }));
    expect(state).toMatchObject({ ok: true, message: "A recompute is already under way.", data: { status: "QUEUED" } });
    signInAs(b.userId);
    expect(await recomputeAnalyticsAction(null, form({ org: a.slug }))).toMatchObject({ ok: false, message: "Not found." });
    signInAs(null);
    expect(await recomputeAnalyticsAction(null, form({ org: a.slug }))).toMatchObject({ ok: false });
    expect(await db.analyticsRun.count({ where: { orgId: a.orgId } })).toBe(1);
  });
});

describe("the analytics.recompute job", () => {
  it("runs end to end through pg-boss: the run ends DONE with progress 100 and scores written", async () => {
    worker = await runWorker(process.env.DATABASE_URL);
    const { runId } = await requestAnalyticsRecompute({ orgId: a.orgId });
    let run = await db.analyticsRun.findUniqueOrThrow({ where: { id: runId } });
    for (let i = 0; i < 100 && (run.status === "QUEUED" || run.status === "RUNNING"); i++) {
      await new Promise((r) => setTimeout(r, 250));
      run = await db.analyticsRun.findUniqueOrThrow({ where: { id: runId } });
    }
    expect(run).toMatchObject({ status: "DONE", progress: 100, stage: "Done", error: null });
    expect(await db.customerScore.count({ where: { orgId: a.orgId } })).toBe(50);
    expect(await db.customerScore.count({ where: { orgId: b.orgId } })).toBe(0);
    // A new request now makes a new run (the old one is finished).
    const next = await requestAnalyticsRecompute({ orgId: a.orgId });
    expect(next.runId).not.toBe(runId);
    expect(next.created).toBe(true);
  }, 40_000);

  it("a job whose run was already finished does nothing but finish the org's newer QUEUED run", async () => {
    const c = await createOrg();
    const finished = await db.analyticsRun.create({ data: { orgId: c.orgId, status: "DONE", progress: 100 }, select: { id: true } });
    await runAnalyticsRecomputeJob({ orgId: c.orgId, runId: finished.id });
    expect(await db.analyticsRun.count({ where: { orgId: c.orgId } })).toBe(1);
    const queued = await db.analyticsRun.create({ data: { orgId: c.orgId, status: "QUEUED" }, select: { id: true } });
    await runAnalyticsRecomputeJob({ orgId: c.orgId, runId: finished.id });
    expect((await db.analyticsRun.findUniqueOrThrow({ where: { id: queued.id } })).status).toBe("DONE");
  });

  it("the nightly fan-out covers orgs with paid orders only, and is scheduled at 03:00 UTC", async () => {
    const [empty, pendingOnly] = await Promise.all([createOrg(), createOrg()]);
    const customer = await db.customer.create({ data: { orgId: pendingOnly.orgId, name: "P" }, select: { id: true } });
    await createSaleOrder(db, { orgId: pendingOnly.orgId, customerId: customer.id, kind: "TICKET", amount: 100, currency: "EUR", status: "PENDING" });
    const orgIds = await listOrgsToRecompute();
    expect(orgIds).toContain(a.orgId);
    expect(orgIds).not.toContain(empty.orgId);
    expect(orgIds).not.toContain(pendingOnly.orgId);
    const schedules = await worker!.getSchedules();
    expect(schedules).toContainEqual(expect.objectContaining({ name: queues.analyticsRecomputeAll, cron: "0 3 * * *", timezone: "UTC" }));
  });
});
