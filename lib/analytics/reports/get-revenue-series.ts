import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { listPeriods, type Bucket } from "./get-date-range";
import { paidOrders, periodRows, type OrderScope } from "../rollups/get-order-sql";

export type RevenuePoint = {
  /** Local start of the period, YYYY-MM-DD. */
  period: string;
  orders: number;
  revenue: number;
  ticketOrders: number;
  ticketRevenue: number;
  bookingOrders: number;
  bookingRevenue: number;
};

type Row = { period: string; orders: number; revenue: number; ticket_orders: number; ticket_revenue: number };

/**
 * Revenue and orders per period (and split by source: tickets vs bookings), every period of the
 * range present (zeros where nothing sold); amounts in minor units of the org currency. By day
 * or week: one aggregate per period over its slice of the covering order index (orgId, status,
 * currency, paidAt, ...). By month (ranges of whole months): sums of the customer-month rows the
 * order trigger keeps, half as many rows as orders.
 */
export async function getRevenueSeries(args: OrderScope & { timezone: string; from: Date; to: Date; fromDate: string; toDate: string; bucket: Bucket }): Promise<RevenuePoint[]> {
  const periods = listPeriods(args.fromDate, args.toDate, args.bucket);
  const rows = await db.$queryRaw<Row[]>(args.bucket === "month" ? monthSql(args.orgId, periods) : periodSql(args, periods));
  const byPeriod = new Map(rows.map((r) => [r.period, r]));
  return periods.map((period) => {
    const r = byPeriod.get(period);
    return {
      period,
      orders: r?.orders ?? 0,
      revenue: r?.revenue ?? 0,
      ticketOrders: r?.ticket_orders ?? 0,
      ticketRevenue: r?.ticket_revenue ?? 0,
      bookingOrders: (r?.orders ?? 0) - (r?.ticket_orders ?? 0),
      bookingRevenue: (r?.revenue ?? 0) - (r?.ticket_revenue ?? 0),
    };
  });
}

function periodSql({ orgId, currency, timezone, from, to }: OrderScope & { timezone: string; from: Date; to: Date }, periods: string[]) {
  return Prisma.sql`
    SELECT (${periods}::text[])[p.i] AS period, t.*
    FROM ${periodRows(periods, timezone, to)}
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS orders,
             coalesce(sum("amount"), 0)::float8 AS revenue,
             (count(*) FILTER (WHERE "kind" = 'TICKET'))::int AS ticket_orders,
             coalesce(sum("amount") FILTER (WHERE "kind" = 'TICKET'), 0)::float8 AS ticket_revenue
      FROM "Order"
      WHERE ${paidOrders({ orgId, currency, from, to })} AND "paidAt" >= p.s AND "paidAt" < p.e
    ) t
    WHERE t.orders > 0`;
}

function monthSql(orgId: string, months: string[]) {
  return Prisma.sql`
    SELECT to_char("month", 'YYYY-MM-DD') AS period, sum("orders")::int AS orders, sum("revenue")::float8 AS revenue,
           sum("ticketOrders")::int AS ticket_orders, sum("ticketRevenue")::float8 AS ticket_revenue
    FROM "CustomerMonth"
    WHERE "orgId" = ${orgId} AND "month" BETWEEN ${months[0]}::date AND ${months[months.length - 1]}::date
    GROUP BY "month"`;
}
