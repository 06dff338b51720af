import { orgDb } from "@/lib/db/org-db";
import { pageOf } from "@/lib/shared/pagination";
import { orderWhere, type OrderFilters } from "./order-filters";

export const ORDERS_PAGE_SIZE = 25;

export type OrderTotals = { orders: number; paid: { currency: string; amount: number; orders: number }[]; refunded: { currency: string; amount: number; orders: number }[] };

/** One page of the org's ticket orders (of one event when given), newest first, with totals over every match. */
export async function listOrders({ orgId, eventId, filters, page = 1, pageSize = ORDERS_PAGE_SIZE }: { orgId: string; eventId?: string; filters: OrderFilters; page?: number; pageSize?: number }) {
  const where = orderWhere({ orgId, eventId, filters });
  const [total, groups] = await Promise.all([
    orgDb(orgId).order.count({ where }),
    orgDb(orgId).order.groupBy({ by: ["status", "currency"], where: { AND: [where, { status: { in: ["PAID", "REFUNDED"] } }] }, _sum: { amount: true }, _count: { _all: true } }),
  ]);
  const { page: current, pageCount, skip, take } = pageOf(total, page, pageSize);
  const items = await orgDb(orgId).order.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: { id: true, createdAt: true, status: true, amount: true, currency: true, buyerName: true, buyerEmail: true, event: { select: { id: true, title: true } }, _count: { select: { tickets: true } } },
  });
  const sums = (status: string) => groups.filter((g) => g.status === status).map((g) => ({ currency: g.currency, amount: g._sum.amount ?? 0, orders: g._count._all }));
  const totals: OrderTotals = { orders: total, paid: sums("PAID"), refunded: sums("REFUNDED") };
  return { items, total, page: current, pageCount, totals };
}

export type OrderListItem = Awaited<ReturnType<typeof listOrders>>["items"][number];

/** Does the org (or event) have any ticket order at all? Tells "no orders yet" from "no matches". */
export async function countOrders({ orgId, eventId }: { orgId: string; eventId?: string }) {
  return orgDb(orgId).order.count({ where: { kind: "TICKET", ...(eventId ? { eventId } : {}) } });
}
