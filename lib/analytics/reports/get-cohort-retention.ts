import { Temporal } from "temporal-polyfill";
import { db } from "@/lib/db/client";
import type { OrderScope } from "../rollups/get-order-sql";

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

type Row = { cohort: string; month: string; customers: number };

/**
 * Cohort retention by first-purchase month: for every calendar month that the range touches,
 * the customers whose first paid order fell in it (whole months, even when the range starts or
 * ends mid-month) and how many of them bought in each of the 11 following months (all later
 * purchases count, also those after the range). Counts the customer-month rows the order
 * trigger keeps (migration analytics_rollups): one per customer and month with a paid order,
 * each carrying the customer's first month.
 */
export async function getCohortRetention({ orgId, timezone, fromDate, toDate, now = new Date() }: OrderScope & { timezone: string; fromDate: string; toDate: string; now?: Date }): Promise<CohortRetention> {
  const first = Temporal.PlainDate.from(fromDate).with({ day: 1 });
  const lastCohort = Temporal.PlainDate.from(toDate).with({ day: 1 });
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timezone).toPlainDate().with({ day: 1 });
  const cohortCount = monthsBetween(first, lastCohort) + 1;
  // Months read: the cohorts and up to 11 after the last one, but nothing after this month.
  const lastMonth = Temporal.PlainDate.compare(lastCohort, today) >= 0 ? lastCohort : minDate(lastCohort.add({ months: RETENTION_MONTHS }), today);
  const rows = await db.$queryRaw<Row[]>`
    SELECT to_char("firstMonth", 'YYYY-MM-DD') AS cohort, to_char("month", 'YYYY-MM-DD') AS month, count(*)::int AS customers
    FROM "CustomerMonth"
    WHERE "orgId" = ${orgId} AND "month" BETWEEN ${first.toString()}::date AND ${lastMonth.toString()}::date
      AND "firstMonth" BETWEEN ${first.toString()}::date AND ${lastCohort.toString()}::date
    GROUP BY "firstMonth", "month"`;
  const currentIndex = monthsBetween(first, today) + 1;
  const cohorts: Cohort[] = [];
  for (let i = 1; i <= cohortCount; i++)
    cohorts.push({
      month: first
        .add({ months: i - 1 })
        .toString()
        .slice(0, 7),
      customers: 0,
      retained: Array.from({ length: RETENTION_MONTHS }, (_, k) => (i + k + 1 <= currentIndex ? 0 : null)),
    });
  for (const r of rows) {
    const cohortMonth = Temporal.PlainDate.from(r.cohort);
    const c = cohorts[monthsBetween(first, cohortMonth)];
    const k = monthsBetween(cohortMonth, Temporal.PlainDate.from(r.month));
    if (k > RETENTION_MONTHS) continue;
    if (k === 0) c.customers = r.customers;
    else c.retained[k - 1] = r.customers;
  }
  const nonEmpty = cohorts.filter((c) => c.customers > 0);
  return { cohorts: nonEmpty.slice(-MAX_COHORTS), omitted: Math.max(0, nonEmpty.length - MAX_COHORTS) };
}

const monthsBetween = (a: Temporal.PlainDate, b: Temporal.PlainDate) => (b.year - a.year) * 12 + (b.month - a.month);
const minDate = (a: Temporal.PlainDate, b: Temporal.PlainDate) => (Temporal.PlainDate.compare(a, b) <= 0 ? a : b);
