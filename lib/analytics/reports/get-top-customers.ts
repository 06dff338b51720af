import { db } from "@/lib/db/client";
import { paidOrders, type OrderScope } from "../rollups/get-order-sql";

export type TopCustomer = { id: string; name: string; revenue: number; orders: number };
type Args = OrderScope & { from: Date; to: Date; limit?: number; bucket?: "day" | "week" | "month" };

/**
 * The customers who spent most in [from, to) (org currency), ties by id. Short ranges (by day or
 * week) aggregate the range's orders. Long ones (by month) would aggregate most of the log, so
 * they walk customers by what they ever paid (Customer.paidRevenue, kept by the order trigger):
 * nobody spent more in the range than in all, so once the limit-th best range revenue beats the
 * lifetime revenue of everyone not yet looked at, the answer is final. A few hundred customers.
 */
export async function getTopCustomers({ limit = 10, bucket, ...args }: Args): Promise<TopCustomer[]> {
  const n = Math.max(1, Math.min(100, Math.floor(limit)));
  return bucket === "month" ? topByLifetimeBound(args, n) : topInRange(args, n);
}

function topInRange({ orgId, currency, from, to }: Omit<Args, "limit" | "bucket">, n: number) {
  return db.$queryRaw<TopCustomer[]>`
    SELECT t."customerId" AS id, c."name" AS name, t.revenue, t.orders
    FROM (
      SELECT "customerId", sum("amount")::float8 AS revenue, count(*)::int AS orders
      FROM "Order"
      WHERE ${paidOrders({ orgId, currency, from, to })}
      GROUP BY 1
      ORDER BY 2 DESC, 1
      LIMIT ${n}
    ) t
    JOIN "Customer" c ON c."id" = t."customerId" AND c."orgId" = ${orgId}
    ORDER BY t.revenue DESC, t."customerId"`;
}

const MAX_WALK = 3_000;
const byRevenueThenId = (a: TopCustomer, b: TopCustomer) => b.revenue - a.revenue || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function topByLifetimeBound({ orgId, currency, from, to }: Omit<Args, "limit" | "bucket">, n: number): Promise<TopCustomer[]> {
  let best: TopCustomer[] = [];
  let after: { paidRevenue: bigint; id: string } | null = null;
  let seen = 0;
  for (let batch = 100; ; batch *= 2) {
    // A range far from the big spenders' (an old month, say) would walk everyone: aggregate instead.
    if (seen >= MAX_WALK) return topInRange({ orgId, currency, from, to }, n);
    const rows: (TopCustomer & { paidRevenue: bigint })[] = await db.$queryRaw`
      SELECT c."id", c."name", c."paidRevenue", coalesce(w.revenue, 0)::float8 AS revenue, coalesce(w.orders, 0)::int AS orders
      FROM (
        SELECT "id", "name", "paidRevenue" FROM "Customer"
        WHERE "orgId" = ${orgId} AND "paidRevenue" > 0
          AND (${after === null} OR ("paidRevenue", "id") < (${after?.paidRevenue ?? 0n}::bigint, ${after?.id ?? ""}))
        ORDER BY "paidRevenue" DESC, "id" DESC
        LIMIT ${batch}
      ) c
      CROSS JOIN LATERAL (
        SELECT sum(o."amount") AS revenue, count(*) AS orders FROM "Order" o
        WHERE o."customerId" = c."id" AND ${paidOrders({ orgId, currency, from, to }, "o")}
      ) w`;
    best = [...best, ...rows.filter((r) => r.orders > 0).map(({ id, name, revenue, orders }) => ({ id, name, revenue, orders }))].sort(byRevenueThenId).slice(0, n);
    const last = rows.at(-1);
    seen += rows.length;
    // Done when nobody is left, or the n-th best already beats anyone left (ties need more: ids order them).
    if (!last || rows.length < batch || (best.length === n && best[n - 1].revenue > Number(last.paidRevenue))) return best;
    after = { paidRevenue: last.paidRevenue, id: last.id };
  }
}
