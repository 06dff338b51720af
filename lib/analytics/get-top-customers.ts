import { db } from "@/lib/db/client";
import { paidOrders, type OrderScope } from "./get-order-sql";

export type TopCustomer = { id: string; name: string; revenue: number; orders: number };

/** The customers who spent most in [from, to) (org currency): aggregate first, then name the few. */
export async function getTopCustomers({ orgId, currency, from, to, limit = 10 }: OrderScope & { from: Date; to: Date; limit?: number }): Promise<TopCustomer[]> {
  return db.$queryRaw<TopCustomer[]>`
    SELECT t."customerId" AS id, c."name" AS name, t.revenue, t.orders
    FROM (
      SELECT "customerId", sum("amount")::float8 AS revenue, count(*)::int AS orders
      FROM "Order"
      WHERE ${paidOrders({ orgId, currency, from, to })}
      GROUP BY 1
      ORDER BY 2 DESC, 1
      LIMIT ${Math.max(1, Math.min(100, Math.floor(limit)))}
    ) t
    JOIN "Customer" c ON c."id" = t."customerId" AND c."orgId" = ${orgId}
    ORDER BY t.revenue DESC, t."customerId"`;
}
