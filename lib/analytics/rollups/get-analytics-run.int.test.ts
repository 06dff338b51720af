import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getRun } from "@/app/api/orgs/[org]/analytics/run/route";
import { db } from "@/lib/db/client";
import { createOrg, signInAs } from "@/test/factories";
import { getLatestAnalyticsRun, STALE_RUN_MS } from "./get-analytics-run";
import { recomputeOrgAnalytics } from "./recompute-org-analytics";
import { createSaleOrder } from "@/test/sale-orders";

// A purchase of exactly 13 (minor units) makes the computation throw, to see a run fail.
vi.mock("../models/compute-customer-scores", async (importOriginal) => {
  const mod = await importOriginal<typeof import("../models/compute-customer-scores")>();
  return {
    ...mod,
    computeCustomerScores: (args: Parameters<typeof mod.computeCustomerScores>[0]) => {
      if (args.transactions.some((t) => t.amount === 13)) throw new Error("P(alive) must be within [0, 1], got NaN");
      return mod.computeCustomerScores(args);
    },
  };
});

type Org = Awaited<ReturnType<typeof createOrg>>;
const call = (org: string) => getRun(new Request(`http://localhost/api/orgs/${org}/analytics/run`), { params: Promise.resolve({ org }) });

let a: Org;
let b: Org;
let customerId: string;
beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  customerId = (await db.customer.create({ data: { orgId: a.orgId, name: "Ada" }, select: { id: true } })).id;
  await createSaleOrder(db, { orgId: a.orgId, customerId, kind: "TICKET", amount: 2500, currency: a.currency, status: "PAID", paidAt: new Date(Date.now() - 86_400_000) });
});

describe("getLatestAnalyticsRun and GET /api/orgs/[org]/analytics/run", () => {
  it("is null before any run", async () => {
    expect(await getLatestAnalyticsRun({ orgId: a.orgId })).toBeNull();
    signInAs(a.userId);
    const res = await call(a.slug);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ run: null });
  });

  it("shows a DONE run with its summary, to members only", async () => {
    const { runId } = await recomputeOrgAnalytics({ orgId: a.orgId });
    const view = await getLatestAnalyticsRun({ orgId: a.orgId });
    expect(view).toMatchObject({ id: runId, status: "DONE", progress: 100, stale: false, error: null, lastDone: null });
    expect(view?.summary?.counts).toMatchObject({ customers: 1, orders: 1 });
    expect(view?.summary?.notes.length).toBeGreaterThan(0);

    signInAs(a.userId);
    expect(await (await call(a.slug)).json()).toEqual({ run: JSON.parse(JSON.stringify(view)) });
    signInAs(b.userId);
    expect((await call(a.slug)).status).toBe(404);
    expect(await (await call(b.slug)).json()).toEqual({ run: null });
    signInAs(null);
    expect((await call(a.slug)).status).toBe(401);
  });

  it("a failure: FAILED with a readable error, previous scores kept and pointed to", async () => {
    const done = await getLatestAnalyticsRun({ orgId: a.orgId });
    const bad = await createSaleOrder(db, { orgId: a.orgId, customerId, kind: "TICKET", amount: 13, currency: a.currency, status: "PAID", paidAt: new Date() });
    await expect(recomputeOrgAnalytics({ orgId: a.orgId })).rejects.toThrow(/P\(alive\)/);
    const view = await getLatestAnalyticsRun({ orgId: a.orgId });
    expect(view).toMatchObject({ status: "FAILED", error: "Recompute failed: P(alive) must be within [0, 1], got NaN", summary: null });
    expect(view?.lastDone).toEqual({ id: done!.id, finishedAt: done!.finishedAt, summary: done!.summary });
    expect(await db.customerScore.count({ where: { orgId: a.orgId } })).toBe(1);
    await db.$transaction([db.ticket.deleteMany({ where: { orderId: bad.id } }), db.order.delete({ where: { id: bad.id } })]);
  });

  it("a queued run after a done one carries the done one along", async () => {
    const queued = await db.analyticsRun.create({ data: { orgId: a.orgId, status: "QUEUED" }, select: { id: true } });
    const view = await getLatestAnalyticsRun({ orgId: a.orgId });
    expect(view).toMatchObject({ id: queued.id, status: "QUEUED", progress: 0, summary: null });
    expect(view?.lastDone?.summary?.counts.customers).toBe(1);
    await db.analyticsRun.delete({ where: { id: queued.id } });
  });

  it("marks a run stuck QUEUED/RUNNING for over an hour as stale", async () => {
    const stuck = await db.analyticsRun.create({ data: { orgId: a.orgId, status: "RUNNING", startedAt: new Date(Date.now() - STALE_RUN_MS - 1000) }, select: { id: true } });
    expect(await getLatestAnalyticsRun({ orgId: a.orgId })).toMatchObject({ id: stuck.id, status: "RUNNING", stale: true });
    await db.analyticsRun.update({ where: { id: stuck.id }, data: { startedAt: new Date() } });
    expect(await getLatestAnalyticsRun({ orgId: a.orgId })).toMatchObject({ id: stuck.id, stale: false });
    await db.analyticsRun.delete({ where: { id: stuck.id } });
  });
});
