import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { listPeriods, type Bucket } from "./get-date-range";
import { paidOrders, periodStarts, timestampParam, type OrderScope } from "../rollups/get-order-sql";

export type CustomerMixPoint = { period: string; newCustomers: number; returningCustomers: number };
export type CustomerMix = {
  points: CustomerMixPoint[];
  /** Distinct buyers in the whole range, and those whose first purchase ever falls in it. */
  totalCustomers: number;
  newCustomers: number;
};

type Args = OrderScope & { timezone: string; from: Date; to: Date; fromDate: string; toDate: string; bucket: Bucket };

/**
 * New vs returning buyers per period: a buyer is new in the period of their first paid order
 * ever (org currency), returning in any later period. Plus totals for the whole range: distinct
 * buyers, and those new in it. Neither shape reads more than the range:
 *  - by month (ranges of whole months): the customer-month rows the order trigger keeps
 *    (migration analytics_rollups); a row is "new" when the customer has no earlier month, and a
 *    buyer counts once in the totals, at their first month within the range.
 *  - by day or week (at most 45 days or 30 weeks): one pass over the range's orders, one row
 *    per buyer with a bit per period they bought in; the new ones per period come from
 *    Customer.firstPaidAt (its index), returning = buyers in the period - new ones.
 */
export async function getCustomerMix(args: Args): Promise<CustomerMix> {
  const periods = listPeriods(args.fromDate, args.toDate, args.bucket);
  return args.bucket === "month" ? monthMix(args.orgId, periods) : periodMix(args, periods);
}

async function monthMix(orgId: string, months: string[]): Promise<CustomerMix> {
  const first = months[0];
  // (month, previous month) pairs: a few hundred groups, counted in parallel; JS does the rest.
  const rows = await db.$queryRaw<{ month: string; prev: string | null; customers: number }[]>`
    SELECT to_char("month", 'YYYY-MM-DD') AS month, to_char("prevMonth", 'YYYY-MM-DD') AS prev, count(*)::int AS customers
    FROM "CustomerMonth"
    WHERE "orgId" = ${orgId} AND "month" BETWEEN ${first}::date AND ${months[months.length - 1]}::date
    GROUP BY "month", "prevMonth"`;
  const points = new Map(months.map((period) => [period, { period, newCustomers: 0, returningCustomers: 0 }]));
  let totalCustomers = 0;
  for (const r of rows) {
    const point = points.get(r.month)!;
    if (r.prev === null) point.newCustomers += r.customers;
    else point.returningCustomers += r.customers;
    // Every buyer once: at their first month within the range (nothing before it, or only before the range).
    if (r.prev === null || r.prev < first) totalCustomers += r.customers;
  }
  return { points: [...points.values()], newCustomers: rows.reduce((sum, r) => sum + (r.prev === null ? r.customers : 0), 0), totalCustomers };
}

async function periodMix({ orgId, currency, timezone, from, to }: Args, periods: string[]): Promise<CustomerMix> {
  const n = periods.length;
  if (n > 62) throw new Error("periodMix takes at most 62 periods (one bit each in a bigint)");
  const starts = periodStarts(periods, timezone);
  // One count per period, over the buyers' bits: n and the masks are ours, never user text.
  const activeCounts = Prisma.raw(`ARRAY[${periods.map((_, i) => `count(*) FILTER (WHERE bits & ${1n << BigInt(i)} <> 0)`).join(", ")}]::int[]`);
  const [row] = await db.$queryRaw<{ buyers: number; active: number[]; new_by_period: number[] }[]>`
    WITH buyers AS MATERIALIZED (
      SELECT bit_or(1::bigint << (width_bucket("paidAt", ${starts}) - 1)) AS bits
      FROM "Order"
      WHERE ${paidOrders({ orgId, currency, from, to })}
      GROUP BY "customerId"
    ), first_timers AS (
      SELECT width_bucket("firstPaidAt", ${starts}) AS b, count(*)::int AS n
      FROM "Customer"
      WHERE "orgId" = ${orgId} AND "firstPaidAt" >= ${timestampParam(from)}::timestamp AND "firstPaidAt" < ${timestampParam(to)}::timestamp
      GROUP BY 1
    )
    SELECT (SELECT count(*) FROM buyers)::int AS buyers,
           (SELECT ${activeCounts} FROM buyers) AS active,
           ARRAY(SELECT coalesce(f.n, 0) FROM generate_series(1, ${n}::int) AS i LEFT JOIN first_timers f ON f.b = i ORDER BY i) AS new_by_period`;
  return {
    points: periods.map((period, i) => ({ period, newCustomers: row.new_by_period[i], returningCustomers: row.active[i] - row.new_by_period[i] })),
    newCustomers: row.new_by_period.reduce((a, b) => a + b, 0),
    totalCustomers: row.buyers,
  };
}
