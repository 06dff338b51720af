import { db } from "@/lib/db/client";

const DAY = 24 * 3600 * 1000;

/** The overview cards: customers, revenue in the last 30 days (org currency), recent orders. */
export async function getOverviewStats({ orgId, currency, now = new Date() }: { orgId: string; currency: string; now?: Date }) {
  const since = new Date(now.getTime() - 30 * DAY);
  const [customers, newCustomers, revenue, previousRevenue, recentOrders] = await Promise.all([
    db.customer.count({ where: { orgId } }),
    db.customer.count({ where: { orgId, createdAt: { gte: since } } }),
    db.order.aggregate({ where: { orgId, status: "PAID", currency, paidAt: { gte: since, lte: now } }, _sum: { amount: true }, _count: true }),
    db.order.aggregate({ where: { orgId, status: "PAID", currency, paidAt: { gte: new Date(since.getTime() - 30 * DAY), lt: since } }, _sum: { amount: true } }),
    db.order.findMany({
      where: { orgId, status: "PAID" },
      orderBy: { paidAt: "desc" },
      take: 5,
      select: { id: true, kind: true, amount: true, currency: true, paidAt: true, customer: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    customers,
    newCustomers,
    revenue30d: revenue._sum.amount ?? 0,
    orders30d: revenue._count,
    revenuePrevious30d: previousRevenue._sum.amount ?? 0,
    recentOrders,
  };
}
