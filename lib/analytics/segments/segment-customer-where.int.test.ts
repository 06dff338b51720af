import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { loadSegmentAudience } from "./load-segment-audience";
import { previewSegment } from "./preview-segment";
import { readSegmentDefinition, type SegmentDefinition } from "./segment-definition";
import { segmentCustomerWhere } from "./segment-customer-where";

// Integration: segment conditions against real customers and scores in two orgs.
type Org = Awaited<ReturnType<typeof createOrg>>;
type Score = Partial<{ rfmSegment: string; cluster: number | null; churnRisk: "LOW" | "MEDIUM" | "HIGH" | null; clv12m: number | null; pAlive: number | null; totalSpent: number; lastOrderAt: Date | null }>;

async function customer(org: Org, name: string, fields: { email?: string; telegramUserId?: bigint; tags?: string[]; source?: "MANUAL" | "TELEGRAM" | "TICKETING" | "BOOKING" | "IMPORT" } = {}, score?: Score) {
  const c = await db.customer.create({ data: { orgId: org.orgId, name, ...fields }, select: { id: true } });
  if (score) {
    await db.customerScore.create({
      data: {
        customerId: c.id,
        orgId: org.orgId,
        orders: 1,
        totalSpent: score.totalSpent ?? 1000,
        frequency: 0,
        recencyDays: 10,
        tenureDays: 100,
        monetaryValue: 0,
        recencyScore: 3,
        frequencyScore: 3,
        monetaryScore: 3,
        rfmSegment: score.rfmSegment ?? "Loyal",
        cluster: score.cluster ?? null,
        pAlive: score.pAlive ?? null,
        clv12m: score.clv12m ?? null,
        churnRisk: score.churnRisk ?? null,
        lastOrderAt: score.lastOrderAt ?? null,
        computedAt: new Date(),
      },
    });
  }
  return c.id;
}

let a: Org;
let b: Org;
const ids: Record<string, string> = {};
const names = async (org: Org, definition: SegmentDefinition) => (await db.customer.findMany({ where: segmentCustomerWhere({ orgId: org.orgId, definition }), select: { name: true }, orderBy: { name: "asc" } })).map((c) => c.name);
const def = (d: unknown) => {
  const parsed = readSegmentDefinition(d);
  if (!parsed) throw new Error(`invalid definition ${JSON.stringify(d)}`);
  return parsed;
};

beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  ids.ann = await customer(
    a,
    "Ann",
    { email: "ann@a.io", tags: ["vip"], source: "TELEGRAM", telegramUserId: 1001n },
    { rfmSegment: "At Risk", cluster: 0, churnRisk: "HIGH", clv12m: 25_000, pAlive: 0.2, totalSpent: 50_000, lastOrderAt: new Date("2025-01-10T12:00:00Z") },
  );
  ids.bob = await customer(
    a,
    "Bob",
    { email: "bob@a.io", tags: ["newsletter"], source: "TICKETING" },
    { rfmSegment: "Champions", cluster: 1, churnRisk: "LOW", clv12m: 90_000, pAlive: 0.95, totalSpent: 120_000, lastOrderAt: new Date("2025-06-01T09:00:00Z") },
  );
  ids.cat = await customer(
    a,
    "Cat",
    { tags: ["vip", "newsletter"], source: "BOOKING", telegramUserId: 1002n },
    { rfmSegment: "Can't Lose", cluster: 0, churnRisk: "MEDIUM", clv12m: 40_000, pAlive: 0.5, totalSpent: 80_000, lastOrderAt: new Date("2024-12-31T23:30:00Z") },
  );
  ids.dan = await customer(a, "Dan", { source: "MANUAL" }); // no score: never matches a score condition
  ids.eve = await customer(a, "Eve", { email: "eve@a.io", source: "IMPORT" }, { rfmSegment: "At Risk", cluster: null, churnRisk: null, clv12m: null, pAlive: null, totalSpent: 500, lastOrderAt: new Date("2025-03-01T00:00:00Z") });
  // Org B has look-alikes of everything, which must never show up for org A.
  await customer(
    b,
    "Ann in B",
    { email: "ann@a.io", tags: ["vip"], source: "TELEGRAM", telegramUserId: 1001n },
    { rfmSegment: "At Risk", cluster: 0, churnRisk: "HIGH", clv12m: 25_000, pAlive: 0.2, totalSpent: 50_000, lastOrderAt: new Date("2025-01-10T12:00:00Z") },
  );
  await customer(b, "Zed in B", { source: "MANUAL" });
});

describe("segmentCustomerWhere", () => {
  it("selects by each score condition", async () => {
    expect(await names(a, def({ rfmSegments: ["At Risk", "Can't Lose"] }))).toEqual(["Ann", "Cat", "Eve"]);
    expect(await names(a, def({ clusters: [0] }))).toEqual(["Ann", "Cat"]);
    expect(await names(a, def({ churnRisk: ["HIGH", "MEDIUM"] }))).toEqual(["Ann", "Cat"]);
    expect(await names(a, def({ minClv: 30_000 }))).toEqual(["Bob", "Cat"]);
    expect(await names(a, def({ minClv: 25_000, maxClv: 40_000 }))).toEqual(["Ann", "Cat"]);
    expect(await names(a, def({ maxPAlive: 0.5 }))).toEqual(["Ann", "Cat"]);
    expect(await names(a, def({ minPAlive: 0.5 }))).toEqual(["Bob", "Cat"]);
    expect(await names(a, def({ minTotalSpent: 80_000 }))).toEqual(["Bob", "Cat"]);
    expect(await names(a, def({ lastOrderBefore: "2025-01-01T00:00:00.000Z" }))).toEqual(["Cat"]);
    expect(await names(a, def({ lastOrderAfter: "2025-01-01T00:00:00.000Z", lastOrderBefore: "2025-03-01T00:00:00.000Z" }))).toEqual(["Ann"]);
    expect(await names(a, def({ lastOrderAfter: "2025-03-01T00:00:00.000Z" }))).toEqual(["Bob", "Eve"]); // on the boundary is "on or after"
  });

  it("selects by customer fields, including customers without scores", async () => {
    expect(await names(a, def({ tags: ["vip"] }))).toEqual(["Ann", "Cat"]);
    expect(await names(a, def({ tags: ["vip", "newsletter"] }))).toEqual(["Ann", "Bob", "Cat"]); // any of
    expect(await names(a, def({ sources: ["MANUAL", "IMPORT"] }))).toEqual(["Dan", "Eve"]);
    expect(await names(a, def({ hasEmail: false }))).toEqual(["Cat", "Dan"]);
    expect(await names(a, def({ hasEmail: true }))).toEqual(["Ann", "Bob", "Eve"]);
    expect(await names(a, def({ hasTelegram: true }))).toEqual(["Ann", "Cat"]);
    expect(await names(a, def({ hasTelegram: false }))).toEqual(["Bob", "Dan", "Eve"]);
  });

  it("ANDs conditions across fields and scores", async () => {
    expect(await names(a, def({ tags: ["vip"], churnRisk: ["HIGH"] }))).toEqual(["Ann"]);
    expect(await names(a, def({ rfmSegments: ["At Risk"], hasEmail: true, minTotalSpent: 1000 }))).toEqual(["Ann"]);
    expect(await names(a, def({ rfmSegments: ["Champions"], hasTelegram: true }))).toEqual([]);
  });

  it("never reaches another org's customers, with the same conditions", async () => {
    for (const d of [{ rfmSegments: ["At Risk"] }, { tags: ["vip"] }, { hasTelegram: true }, { sources: ["MANUAL"] }, { hasEmail: false }]) {
      const where = segmentCustomerWhere({ orgId: a.orgId, definition: def(d) });
      const rows = await db.customer.findMany({ where, select: { orgId: true } });
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.orgId === a.orgId)).toBe(true);
    }
    expect(await names(b, def({ rfmSegments: ["At Risk"] }))).toEqual(["Ann in B"]);
    expect(() => segmentCustomerWhere({ orgId: "", definition: def({ hasEmail: true }) })).toThrow();
  });

  it("previews count and members ordered by CLV", async () => {
    const p = await previewSegment({ orgId: a.orgId, definition: def({ rfmSegments: ["At Risk", "Can't Lose", "Champions"] }), take: 2 });
    expect(p.count).toBe(4);
    expect(p.members.map((m) => m.name)).toEqual(["Bob", "Cat"]);
  });

  it("loadSegmentAudience resolves a stored segment of the org only", async () => {
    const seg = await db.segment.create({ data: { orgId: a.orgId, name: "VIPs", definition: { tags: ["vip"] } }, select: { id: true } });
    const { where, segment } = await loadSegmentAudience({ orgId: a.orgId, segmentId: seg.id });
    expect(segment.name).toBe("VIPs");
    expect((await db.customer.findMany({ where, select: { name: true }, orderBy: { name: "asc" } })).map((c) => c.name)).toEqual(["Ann", "Cat"]);
    await expect(loadSegmentAudience({ orgId: b.orgId, segmentId: seg.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const broken = await db.segment.create({ data: { orgId: a.orgId, name: "Broken", definition: {} }, select: { id: true } });
    await expect(loadSegmentAudience({ orgId: a.orgId, segmentId: broken.id })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });
});
