// SQL shared by the Overview queries, so every one of them reads the same purchase log: the
// org's PAID orders in the org currency (other currencies are never summed in), paidAt inside
// [from, to).
//
// Periods are cut in the org time zone without converting every row: the local start of each
// period (day, ISO week, month) is turned into a UTC instant once, here, and Postgres puts each
// order in its period with width_bucket(paidAt, starts) (a binary search). That is exactly
// date_trunc(bucket, paidAt AT TIME ZONE tz), DST included, at a fraction of the cost: the
// per-row zone conversion was most of the time of these queries at a million orders.
import { Temporal } from "temporal-polyfill";
import { Prisma } from "@/lib/db/generated/client";

export type OrderScope = { orgId: string; currency: string };

/** WHERE conditions (no WHERE keyword) for the org's paid orders, optionally within [from, to). */
export function paidOrders({ orgId, currency, from, to }: OrderScope & { from?: Date; to?: Date }, alias?: string) {
  const col = (name: string) => Prisma.raw(alias ? `${alias}."${name}"` : `"${name}"`);
  return Prisma.sql`${col("orgId")} = ${orgId} AND ${col("status")} = 'PAID' AND ${col("currency")} = ${currency} AND ${col("paidAt")} IS NOT NULL${
    from ? Prisma.sql` AND ${col("paidAt")} >= ${timestampParam(from)}::timestamp` : Prisma.empty
  }${to ? Prisma.sql` AND ${col("paidAt")} < ${timestampParam(to)}::timestamp` : Prisma.empty}`;
}

/** paidAt is a UTC timestamp without zone: an instant goes in as its UTC wall time. */
export const timestampParam = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");

const startOf = (date: string, timezone: string) => timestampParam(new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: timezone }).epochMilliseconds));

/** The UTC instants at which local dates (YYYY-MM-DD) begin in `timezone`, as a timestamp[] parameter. */
export function periodStarts(dates: readonly string[], timezone: string) {
  return Prisma.sql`${dates.map((d) => startOf(d, timezone))}::timestamp[]`;
}

/**
 * The periods as rows p(s, e, i): start and end (exclusive, `to` for the last) as UTC wall time
 * and the 1-based period number. Joined LATERAL to an aggregate over [p.s, p.e), each period is
 * one index range scan with plain sums: no per-row bucketing or hashing.
 */
export function periodRows(dates: readonly string[], timezone: string, to: Date) {
  const starts = dates.map((d) => startOf(d, timezone));
  const ends = [...starts.slice(1), timestampParam(to)];
  return Prisma.sql`unnest(${starts}::timestamp[], ${ends}::timestamp[]) WITH ORDINALITY AS p(s, e, i)`;
}
