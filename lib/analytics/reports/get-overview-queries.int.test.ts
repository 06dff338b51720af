import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { getCohortRetention } from "./get-cohort-retention";
import { getCustomerMix } from "./get-customer-mix";
import { getDateRange } from "./get-date-range";
import { getFirstPaidAt } from "../rollups/get-first-paid-at";
import { getRevenueSeries } from "./get-revenue-series";
import { getTopCustomers } from "./get-top-customers";
import { createSaleOrders } from "@/test/sale-orders";

// Integration: the Overview queries on a real database. Only the org's own PAID orders in its
// currency count, periods are cut in the org time zone.
type Org = Awaited<ReturnType<typeof createOrg>>;
type OrderSpec = { at: string; amount?: number; kind?: "TICKET" | "BOOKING"; currency?: string; status?: "PAID" | "PENDING" | "REFUNDED" | "CANCELED" };

async function customerWithOrders(org: Org, name: string, orders: OrderSpec[]) {
  const c = await db.customer.create({ data: { orgId: org.orgId, name }, select: { id: true } });
  await createSaleOrders(
    db,
    orders.map((o) => ({
      orgId: org.orgId,
      customerId: c.id,
      kind: o.kind ?? "TICKET",
      amount: o.amount ?? 1000,
      currency: o.currency ?? org.currency,
      status: o.status ?? "PAID",
      paidAt: (o.status ?? "PAID") === "PAID" ? new Date(o.at) : null,
      createdAt: new Date(o.at),
    })),
  );
  return c.id;
}

let ny: Org, other: Org, empty: Org;
const ids: Record<string, string> = {};

beforeAll(async () => {
  [ny, other, empty] = await Promise.all([createOrg({ timezone: "America/New_York", currency: "USD" }), createOrg({ timezone: "America/New_York", currency: "USD" }), createOrg({ timezone: "Asia/Tokyo", currency: "JPY" })]);
  // Org "ny", around the end of February 2025 (New York is UTC-5 then).
  ids.ann = await customerWithOrders(ny, "Ann", [
    { at: "2025-01-15T15:00:00Z", amount: 5000 }, // January: Ann's first purchase
    { at: "2025-03-01T03:00:00Z", amount: 2000, kind: "BOOKING" }, // 28 Feb 22:00 local
  ]);
  ids.bob = await customerWithOrders(ny, "Bob", [
    { at: "2025-03-01T12:00:00Z", amount: 3000 }, // 1 March local: Bob is new
    { at: "2025-03-02T12:00:00Z", amount: 999, currency: "EUR" }, // other currency: ignored
    { at: "2025-03-02T13:00:00Z", amount: 777, status: "PENDING" }, // unpaid: ignored
    { at: "2025-03-02T14:00:00Z", amount: 555, status: "REFUNDED" }, // refunded: ignored
  ]);
  ids.cat = await customerWithOrders(ny, "Cat", [
    { at: "2025-02-27T12:00:00Z", amount: 1500, kind: "BOOKING" },
    { at: "2025-02-28T12:00:00Z", amount: 1500 },
  ]);
  // The other org, same currency and days: never counted for "ny".
  await customerWithOrders(other, "Mallory", [
    { at: "2025-02-28T12:00:00Z", amount: 100_000 },
    { at: "2025-03-01T12:00:00Z", amount: 100_000 },
  ]);
});

const dayRange = (org: Org, from: string, to: string) => {
  const r = getDateRange({ from, to, timezone: org.timezone });
  return { orgId: org.orgId, currency: org.currency, timezone: org.timezone, ...r };
};

describe("getRevenueSeries", () => {
  it("sums the org's paid orders in its currency per local day, split by source, every day present", async () => {
    const series = await getRevenueSeries(dayRange(ny, "2025-02-26", "2025-03-02"));
    expect(series).toEqual([
      { period: "2025-02-26", orders: 0, revenue: 0, ticketOrders: 0, ticketRevenue: 0, bookingOrders: 0, bookingRevenue: 0 },
      { period: "2025-02-27", orders: 1, revenue: 1500, ticketOrders: 0, ticketRevenue: 0, bookingOrders: 1, bookingRevenue: 1500 },
      // Ann's 03:00 UTC booking on 1 March is still 28 February in New York.
      { period: "2025-02-28", orders: 2, revenue: 3500, ticketOrders: 1, ticketRevenue: 1500, bookingOrders: 1, bookingRevenue: 2000 },
      { period: "2025-03-01", orders: 1, revenue: 3000, ticketOrders: 1, ticketRevenue: 3000, bookingOrders: 0, bookingRevenue: 0 },
      { period: "2025-03-02", orders: 0, revenue: 0, ticketOrders: 0, ticketRevenue: 0, bookingOrders: 0, bookingRevenue: 0 },
    ]);
  });

  it("cuts days right across a daylight-saving change", async () => {
    const dst = await createOrg({ timezone: "America/New_York", currency: "USD" });
    await customerWithOrders(dst, "Dee", [
      { at: "2025-03-09T04:30:00Z", amount: 100 }, // 8 March 23:30 EST
      { at: "2025-03-09T05:30:00Z", amount: 200 }, // 9 March 00:30 EST
      { at: "2025-03-10T03:30:00Z", amount: 400 }, // 9 March 23:30 EDT (clocks went forward at 02:00)
      { at: "2025-03-10T04:30:00Z", amount: 800 }, // 10 March 00:30 EDT
    ]);
    const days = await getRevenueSeries(dayRange(dst, "2025-03-08", "2025-03-10"));
    expect(days.map((p) => [p.period, p.revenue])).toEqual([
      ["2025-03-08", 100],
      ["2025-03-09", 600],
      ["2025-03-10", 800],
    ]);
  });

  it("groups by local month, and by ISO week (from Monday)", async () => {
    const months = await getRevenueSeries({ ...dayRange(ny, "2025-01-01", "2025-03-31"), bucket: "month" });
    expect(months.map((p) => [p.period, p.orders, p.revenue])).toEqual([
      ["2025-01-01", 1, 5000],
      ["2025-02-01", 3, 5000],
      ["2025-03-01", 1, 3000],
    ]);
    const weeks = await getRevenueSeries({ ...dayRange(ny, "2025-02-24", "2025-03-09"), bucket: "week" });
    expect(weeks.map((p) => [p.period, p.orders])).toEqual([
      ["2025-02-24", 4],
      ["2025-03-03", 0],
    ]);
  });
});

describe("getCustomerMix", () => {
  it("counts a buyer as new in the period of their first purchase ever, returning later", async () => {
    const mix = await getCustomerMix({ ...dayRange(ny, "2025-02-01", "2025-03-31"), bucket: "month" });
    // February: Ann (first bought in January) returns, Cat is new; March: Bob is new.
    expect(mix.points).toEqual([
      { period: "2025-02-01", newCustomers: 1, returningCustomers: 1 },
      { period: "2025-03-01", newCustomers: 1, returningCustomers: 0 },
    ]);
    expect(mix).toMatchObject({ totalCustomers: 3, newCustomers: 2 });
  });

  it("cuts days in the org time zone", async () => {
    const mix = await getCustomerMix({ ...dayRange(ny, "2025-02-28", "2025-03-01") });
    expect(mix.points).toEqual([
      { period: "2025-02-28", newCustomers: 0, returningCustomers: 2 }, // Cat (new the 27th) and Ann
      { period: "2025-03-01", newCustomers: 1, returningCustomers: 0 }, // Bob
    ]);
    expect(mix).toMatchObject({ totalCustomers: 3, newCustomers: 1 });
  });

  it("by week: a first purchase in the week but before the range does not make a buyer new", async () => {
    // The range starts on Friday 28 February; its week starts on Monday the 24th, when Cat first
    // bought (the 27th): Cat returns, Ann returns, Bob (1 March) is new.
    const mix = await getCustomerMix({ ...dayRange(ny, "2025-02-28", "2025-03-02"), bucket: "week" });
    expect(mix.points).toEqual([{ period: "2025-02-24", newCustomers: 1, returningCustomers: 2 }]);
    expect(mix).toMatchObject({ totalCustomers: 3, newCustomers: 1 });
    const whole = await getCustomerMix({ ...dayRange(ny, "2025-02-24", "2025-03-02"), bucket: "week" });
    expect(whole.points).toEqual([{ period: "2025-02-24", newCustomers: 2, returningCustomers: 1 }]);
  });

  it("by month, counts a buyer once in the totals though they bought in several months", async () => {
    const mix = await getCustomerMix({ ...dayRange(ny, "2025-01-01", "2025-03-31"), bucket: "month" });
    // Ann bought in January and February: one buyer, new in the range.
    expect(mix).toMatchObject({ totalCustomers: 3, newCustomers: 3 });
    const fromFebruary = await getCustomerMix({ ...dayRange(ny, "2025-02-01", "2025-03-31"), bucket: "month" });
    expect(fromFebruary).toMatchObject({ totalCustomers: 3, newCustomers: 2 });
  });

  it("a range with nothing before it: everyone new in their first period", async () => {
    const mix = await getCustomerMix({ ...dayRange(ny, "2025-01-01", "2025-03-31"), bucket: "month" });
    expect(mix.points.map((p) => [p.newCustomers, p.returningCustomers])).toEqual([
      [1, 0],
      [1, 1],
      [1, 0],
    ]);
  });
});

describe("getTopCustomers and getFirstPaidAt", () => {
  it.each(["week", "month"] as const)("ranks the org's own customers by revenue in the range (charted by %s)", async (bucket) => {
    const top = await getTopCustomers({ ...dayRange(ny, "2025-01-01", "2025-03-31"), bucket });
    const tied = [
      { id: ids.cat, name: "Cat", revenue: 3000, orders: 2 },
      { id: ids.bob, name: "Bob", revenue: 3000, orders: 1 },
    ].sort((a, b) => a.id.localeCompare(b.id)); // equal revenue: a stable order by id
    expect(top).toEqual([{ id: ids.ann, name: "Ann", revenue: 7000, orders: 2 }, ...tied]);
    // February in New York: Cat's 1500 + 1500 beats Ann's 2000 (28 Feb local), though Ann spent
    // more in all; limit respected.
    expect(await getTopCustomers({ ...dayRange(ny, "2025-02-01", "2025-02-28"), bucket, limit: 1 })).toEqual([{ id: ids.cat, name: "Cat", revenue: 3000, orders: 2 }]);
  });

  it("finds the first paid order in the org currency", async () => {
    expect((await getFirstPaidAt({ orgId: ny.orgId, currency: "USD" }))?.toISOString()).toBe("2025-01-15T15:00:00.000Z");
    expect((await getFirstPaidAt({ orgId: ny.orgId, currency: "EUR" }))?.toISOString()).toBe("2025-03-02T12:00:00.000Z");
  });
});

describe("getCohortRetention", () => {
  let berlin: Org;
  beforeAll(async () => {
    berlin = await createOrg({ timezone: "Europe/Berlin", currency: "EUR" });
    // January 2025 cohort: c1 comes back in February and April, c2 in February, c3 only within
    // January (not a return month), c4 never.
    await customerWithOrders(berlin, "c1", [{ at: "2025-01-05T10:00:00Z" }, { at: "2025-02-10T10:00:00Z" }, { at: "2025-04-02T10:00:00Z" }]);
    await customerWithOrders(berlin, "c2", [{ at: "2025-01-06T10:00:00Z" }, { at: "2025-02-11T10:00:00Z" }, { at: "2025-02-12T10:00:00Z" }]);
    await customerWithOrders(berlin, "c3", [{ at: "2025-01-07T10:00:00Z" }, { at: "2025-01-20T10:00:00Z" }]);
    await customerWithOrders(berlin, "c4", [{ at: "2025-01-08T10:00:00Z" }]);
    // February cohort: c5 returns in March; c7's first order is 31 Jan 23:30 UTC = 1 Feb in Berlin.
    await customerWithOrders(berlin, "c5", [{ at: "2025-02-03T10:00:00Z" }, { at: "2025-03-03T10:00:00Z" }]);
    await customerWithOrders(berlin, "c7", [{ at: "2025-01-31T23:30:00Z" }]);
    // c6 first bought in December 2024: a December customer, not January's, though they buy in January.
    await customerWithOrders(berlin, "c6", [{ at: "2024-12-20T10:00:00Z" }, { at: "2025-01-10T10:00:00Z" }]);
    // Noise that must not count: another currency, unpaid.
    await customerWithOrders(berlin, "x", [
      { at: "2025-01-09T10:00:00Z", currency: "USD" },
      { at: "2025-02-09T10:00:00Z", status: "CANCELED" },
    ]);
  });

  it("counts each cohort's size and returns per month +1..+11, future months null", async () => {
    const r = await getCohortRetention({ orgId: berlin.orgId, currency: "EUR", timezone: berlin.timezone, fromDate: "2025-01-01", toDate: "2025-04-15", now: new Date("2025-04-15T12:00:00Z") });
    const nulls = (n: number) => Array.from({ length: n }, () => null);
    expect(r).toEqual({
      omitted: 0,
      cohorts: [
        { month: "2025-01", customers: 4, retained: [2, 0, 1, ...nulls(8)] },
        { month: "2025-02", customers: 2, retained: [1, 0, ...nulls(9)] },
      ],
    });
  });

  it("takes whole months even when the range starts mid-month, and drops cohorts before it", async () => {
    const r = await getCohortRetention({ orgId: berlin.orgId, currency: "EUR", timezone: berlin.timezone, fromDate: "2024-12-25", toDate: "2025-01-02", now: new Date("2025-04-15T12:00:00Z") });
    expect(r.cohorts.map((c) => [c.month, c.customers, c.retained.slice(0, 4)])).toEqual([
      ["2024-12", 1, [1, 0, 0, 0]],
      ["2025-01", 4, [2, 0, 1, null]],
    ]);
  });
});

describe("an org without orders", () => {
  it("gets empty results, not errors", async () => {
    const range = dayRange(empty, "2025-01-01", "2025-01-03");
    expect((await getRevenueSeries(range)).map((p) => p.orders)).toEqual([0, 0, 0]);
    expect(await getCustomerMix(range)).toEqual({
      points: ["2025-01-01", "2025-01-02", "2025-01-03"].map((period) => ({ period, newCustomers: 0, returningCustomers: 0 })),
      totalCustomers: 0,
      newCustomers: 0,
    });
    expect(await getCustomerMix({ ...range, bucket: "month" })).toEqual({ points: [{ period: "2025-01-01", newCustomers: 0, returningCustomers: 0 }], totalCustomers: 0, newCustomers: 0 });
    expect(await getTopCustomers(range)).toEqual([]);
    expect(await getCohortRetention(range)).toEqual({ cohorts: [], omitted: 0 });
    expect(await getCohortRetention({ ...range })).toEqual({ cohorts: [], omitted: 0 });
    expect(await getFirstPaidAt({ orgId: empty.orgId, currency: "JPY" })).toBeNull();
  });
});
