import { Temporal } from "temporal-polyfill";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { paidOrders, periodStarts, timestampParam, type OrderScope } from "./get-order-sql";

/** Months after the first purchase shown for each cohort: +1 .. +11. */
export const RETENTION_MONTHS = 11;
/** Most recent cohorts shown when a long range holds more. */
export const MAX_COHORTS = 24;

export type Cohort = {
  /** First-purchase month, YYYY-MM (org time zone). */
  month: string;
  /** Customers whose first paid order fell in that month. */
  customers: number;
  /**
   * For month +1 .. +11: how many of them bought in that month, or null when that month is
   * still in the future (the current month counts what it has so far).
   */
  retained: (number | null)[];
};

export type CohortRetention = { cohorts: Cohort[]; omitted: number };

type Row = { cohort: number; k: number; customers: number };

/**
 * Cohort retention by first-purchase month: for every calendar month that the range touches,
 * the customers whose first paid order fell in it (whole months, even when the range starts or
 * ends mid-month) and how many of them bought in each of the 11 following months (all later
 * purchases count, also those after the range). One statement in one of two shapes with the
 * same answer (tests run both), like getCustomerMix: "lookup" for a range of a few months (the
 * customers buying from the first cohort month on, minus those with an earlier order, found
 * through the customer index), "scan" for longer ones (one pass over the log, one row per
 * customer with their first month, 0 = before the cohorts, and a bit per month they bought in).
 */
export async function getCohortRetention({ orgId, currency, timezone, fromDate, toDate, now = new Date(), strategy }: OrderScope & { timezone: string; fromDate: string; toDate: string; now?: Date; strategy?: "lookup" | "scan" }): Promise<CohortRetention> {
  const first = Temporal.PlainDate.from(fromDate).with({ day: 1 });
  const lastCohort = Temporal.PlainDate.from(toDate).with({ day: 1 });
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timezone).toPlainDate().with({ day: 1 });
  const cohortCount = monthsBetween(first, lastCohort) + 1;
  // Months read: the cohorts and up to 11 after the last one, but nothing after this month.
  const lastMonth = Temporal.PlainDate.compare(lastCohort, today) >= 0 ? lastCohort : minDate(lastCohort.add({ months: RETENTION_MONTHS }), today);
  const months = Array.from({ length: monthsBetween(first, lastMonth) + 1 }, (_, i) => first.add({ months: i }).toString());
  const start = new Date(first.toZonedDateTime({ timeZone: timezone }).epochMilliseconds);
  const end = new Date(lastMonth.add({ months: 1 }).toZonedDateTime({ timeZone: timezone }).epochMilliseconds);
  const sql = { orgId, currency, timezone, start, end, months, cohortCount };
  const rows = await db.$queryRaw<Row[]>((strategy ?? (cohortCount <= 3 ? "lookup" : "scan")) === "scan" ? scanSql(sql) : lookupSql(sql));
  const currentIndex = monthsBetween(first, today) + 1;
  const cohorts: Cohort[] = [];
  for (let i = 1; i <= cohortCount; i++) cohorts.push({ month: first.add({ months: i - 1 }).toString().slice(0, 7), customers: 0, retained: Array.from({ length: RETENTION_MONTHS }, (_, k) => (i + k + 1 <= currentIndex ? 0 : null)) });
  for (const r of rows) {
    const c = cohorts[r.cohort - 1];
    if (r.k === 0) c.customers = r.customers;
    else c.retained[r.k - 1] = r.customers;
  }
  const nonEmpty = cohorts.filter((c) => c.customers > 0);
  return { cohorts: nonEmpty.slice(-MAX_COHORTS), omitted: Math.max(0, nonEmpty.length - MAX_COHORTS) };
}

const monthsBetween = (a: Temporal.PlainDate, b: Temporal.PlainDate) => (b.year - a.year) * 12 + (b.month - a.month);
const minDate = (a: Temporal.PlainDate, b: Temporal.PlainDate) => (Temporal.PlainDate.compare(a, b) <= 0 ? a : b);

type SqlArgs = OrderScope & { timezone: string; start: Date; end: Date; months: string[]; cohortCount: number };

function lookupSql({ orgId, currency, timezone, start, end, months, cohortCount }: SqlArgs) {
  return Prisma.sql`
    WITH pairs AS MATERIALIZED (
      SELECT "customerId", width_bucket("paidAt", ${periodStarts(months, timezone)}) AS m
      FROM "Order"
      WHERE ${paidOrders({ orgId, currency, from: start, to: end })}
      GROUP BY 1, 2
    ), cohorts AS (
      SELECT c."customerId", c.cohort
      FROM (SELECT "customerId", min(m) AS cohort FROM pairs GROUP BY 1) c
      WHERE c.cohort <= ${cohortCount}
        -- The first test runs once (index on orgId, paidAt): nothing before, no lookups.
        AND NOT (EXISTS (SELECT 1 FROM "Order" WHERE ${paidOrders({ orgId, currency, to: start })})
                 AND EXISTS (SELECT 1 FROM "Order" o WHERE o."customerId" = c."customerId" AND ${paidOrders({ orgId, currency, to: start }, "o")}))
    )
    SELECT c.cohort, p.m - c.cohort AS k, count(*)::int AS customers
    FROM pairs p JOIN cohorts c USING ("customerId")
    WHERE p.m - c.cohort <= ${RETENTION_MONTHS}
    GROUP BY 1, 2`;
}

function scanSql({ orgId, currency, timezone, start, end, months, cohortCount }: SqlArgs) {
  const bits = Prisma.raw(`bit(${months.length})`); // a count of ours, never user text
  return Prisma.sql`
    WITH buyers AS MATERIALIZED (
      SELECT min(m) AS cohort, bit_or(CASE WHEN m > 0 THEN B'1'::${bits} >> (m - 1) END) AS active
      FROM (
        SELECT "customerId", CASE WHEN "paidAt" < ${timestampParam(start)}::timestamp THEN 0 ELSE width_bucket("paidAt", ${periodStarts(months, timezone)}) END AS m
        FROM "Order"
        WHERE ${paidOrders({ orgId, currency, to: end })}
      ) o
      GROUP BY "customerId"
    )
    SELECT cohort, k, count(*)::int AS customers
    FROM buyers, generate_series(0, ${RETENTION_MONTHS}::int) AS k
    WHERE cohort BETWEEN 1 AND ${cohortCount} AND cohort + k <= ${months.length} AND get_bit(active, cohort + k - 1) = 1
    GROUP BY 1, 2`;
}
