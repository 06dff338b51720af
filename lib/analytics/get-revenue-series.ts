import { db } from "@/lib/db/client";
import { listPeriods, type Bucket } from "./get-date-range";
import { paidOrders, periodRows, type OrderScope } from "./get-order-sql";

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

type Row = { b: number; orders: number; revenue: number; ticket_orders: number; ticket_revenue: number; booking_orders: number; booking_revenue: number };

/**
 * Revenue and orders per period (and split by source: tickets vs bookings), every period of the
 * range present (zeros where nothing sold); amounts in minor units of the org currency. One
 * aggregate per period over its slice of the covering index (orgId, status, currency, paidAt, ...).
 */
export async function getRevenueSeries({ orgId, currency, timezone, from, to, fromDate, toDate, bucket }: OrderScope & { timezone: string; from: Date; to: Date; fromDate: string; toDate: string; bucket: Bucket }): Promise<RevenuePoint[]> {
  const periods = listPeriods(fromDate, toDate, bucket);
  const rows = await db.$queryRaw<Row[]>`
    SELECT p.i::int AS b, t.*
    FROM ${periodRows(periods, timezone, to)}
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS orders,
             coalesce(sum("amount"), 0)::float8 AS revenue,
             (count(*) FILTER (WHERE "kind" = 'TICKET'))::int AS ticket_orders,
             coalesce(sum("amount") FILTER (WHERE "kind" = 'TICKET'), 0)::float8 AS ticket_revenue,
             (count(*) FILTER (WHERE "kind" = 'BOOKING'))::int AS booking_orders,
             coalesce(sum("amount") FILTER (WHERE "kind" = 'BOOKING'), 0)::float8 AS booking_revenue
      FROM "Order"
      WHERE ${paidOrders({ orgId, currency, from, to })} AND "paidAt" >= p.s AND "paidAt" < p.e
    ) t
    WHERE t.orders > 0`;
  const byBucket = new Map(rows.map((r) => [r.b, r]));
  return periods.map((period, i) => {
    const r = byBucket.get(i + 1);
    return {
      period,
      orders: r?.orders ?? 0,
      revenue: r?.revenue ?? 0,
      ticketOrders: r?.ticket_orders ?? 0,
      ticketRevenue: r?.ticket_revenue ?? 0,
      bookingOrders: r?.booking_orders ?? 0,
      bookingRevenue: r?.booking_revenue ?? 0,
    };
  });
}
