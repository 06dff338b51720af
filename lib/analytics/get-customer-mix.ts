import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { listPeriods, type Bucket } from "./get-date-range";
import { paidOrders, periodStarts, timestampParam, type OrderScope } from "./get-order-sql";

export type CustomerMixPoint = { period: string; newCustomers: number; returningCustomers: number };
export type CustomerMix = {
  points: CustomerMixPoint[];
  /** Distinct buyers in the whole range, and those whose first purchase ever falls in it. */
  totalCustomers: number;
  newCustomers: number;
};

type Row = { b: number | null; new_customers: number; returning_customers: number };
type Args = OrderScope & { timezone: string; from: Date; to: Date; fromDate: string; toDate: string; bucket: Bucket };

/**
 * New vs returning buyers per period: a buyer is new in the period of their first paid order
 * ever (org currency), returning in any later period and in every period when they had bought
 * before the range. Plus a totals row (b NULL) for the whole range. One statement, in one of two
 * shapes with the same answer (tests run both), because what costs is finding out who bought
 * before the range:
 *  - "lookup" (short ranges, by day or week): the range's (customer, period) pairs, then for
 *    just those customers whether any order precedes the range (the customer index). Cost
 *    follows the range.
 *  - "scan" (long ranges, by month): one pass over the log up to the range end, one row per
 *    customer with their first period (0 = before the range) and a bit per period they bought
 *    in. Cost follows the history, but with no per-customer lookups.
 */
export async function getCustomerMix(args: Args & { strategy?: "lookup" | "scan" }): Promise<CustomerMix> {
  const { fromDate, toDate, bucket } = args;
  const periods = listPeriods(fromDate, toDate, bucket);
  const strategy = args.strategy ?? (bucket === "month" ? "scan" : "lookup");
  const rows = await db.$queryRaw<Row[]>(strategy === "scan" ? scanSql(args, periods) : lookupSql(args, periods));
  const totals = rows.find((r) => r.b === null);
  const byBucket = new Map(rows.filter((r) => r.b !== null).map((r) => [r.b!, r]));
  return {
    points: periods.map((period, i) => ({
      period,
      newCustomers: byBucket.get(i + 1)?.new_customers ?? 0,
      returningCustomers: byBucket.get(i + 1)?.returning_customers ?? 0,
    })),
    newCustomers: totals?.new_customers ?? 0,
    // The totals row carries the distinct count in its second column.
    totalCustomers: totals?.returning_customers ?? 0,
  };
}

function lookupSql({ orgId, currency, timezone, from, to }: Args, periods: string[]) {
  return Prisma.sql`
    WITH pairs AS MATERIALIZED (
      SELECT "customerId", width_bucket("paidAt", ${periodStarts(periods, timezone)}) AS b
      FROM "Order"
      WHERE ${paidOrders({ orgId, currency, from, to })}
      GROUP BY 1, 2
    ), buyers AS (
      SELECT "customerId", min(b) AS first_b FROM pairs GROUP BY 1
    ), first_timers AS (
      SELECT c."customerId", c.first_b FROM buyers c
      -- The first test runs once (index on orgId, paidAt): nothing before the range, no lookups.
      WHERE NOT (EXISTS (SELECT 1 FROM "Order" WHERE ${paidOrders({ orgId, currency, to: from })})
                 AND EXISTS (SELECT 1 FROM "Order" o WHERE o."customerId" = c."customerId" AND ${paidOrders({ orgId, currency, to: from }, "o")}))
    )
    SELECT p.b,
           (count(*) FILTER (WHERE p.b = n.first_b))::int AS new_customers,
           (count(*) FILTER (WHERE n.first_b IS NULL OR p.b > n.first_b))::int AS returning_customers
    FROM pairs p LEFT JOIN first_timers n USING ("customerId")
    GROUP BY 1
    UNION ALL
    SELECT NULL, (SELECT count(*) FROM first_timers)::int, (SELECT count(*) FROM buyers)::int`;
}

function scanSql({ orgId, currency, timezone, from, to }: Args, periods: string[]) {
  const n = periods.length;
  const bits = Prisma.raw(`bit(${n})`); // n is ours (the number of periods), never user text
  return Prisma.sql`
    WITH buyers AS MATERIALIZED (
      SELECT "customerId", min(b) AS first_b, bit_or(CASE WHEN b > 0 THEN B'1'::${bits} >> (b - 1) END) AS active
      FROM (
        SELECT "customerId", CASE WHEN "paidAt" < ${timestampParam(from)}::timestamp THEN 0 ELSE width_bucket("paidAt", ${periodStarts(periods, timezone)}) END AS b
        FROM "Order"
        WHERE ${paidOrders({ orgId, currency, to })}
      ) o
      GROUP BY 1
    )
    SELECT i AS b,
           (count(*) FILTER (WHERE first_b = i))::int AS new_customers,
           (count(*) FILTER (WHERE first_b < i))::int AS returning_customers
    FROM buyers, generate_series(1, ${n}::int) AS i
    WHERE active IS NOT NULL AND get_bit(active, i - 1) = 1
    GROUP BY 1
    UNION ALL
    SELECT NULL, (count(*) FILTER (WHERE first_b > 0))::int, count(*)::int FROM buyers WHERE active IS NOT NULL`;
}
