import { orgDb } from "@/lib/db/org-db";

const DAY = 24 * 3600 * 1000;

/**
 * The overview cards: customers, revenue in the last 30 days (org currency), the most recent
 * sales (paid orders, free ones included, newest paid first, none after `now`) and which
 * first steps are done (a bot connected; an event or a service to sell).
 */
export async function getOverviewStats({ orgId, currency, now = new Date() }: { orgId: string; currency: string; now?: Date }) {
  const since = new Date(now.getTime() - 30 * DAY);
  const [customers, newCustomers, revenue, previousRevenue, recentOrders, bots, events, services] = await Promise.all([
    orgDb(orgId).customer.count(),
    orgDb(orgId).customer.count({ where: { createdAt: { gte: since, lte: now } } }),
    orgDb(orgId).order.aggregate({ where: { status: "PAID", currency, paidAt: { gte: since, lte: now } }, _sum: { amount: true }, _count: true }),
    orgDb(orgId).order.aggregate({ where: { status: "PAID", currency, paidAt: { gte: new Date(since.getTime() - 30 * DAY), lt: since } }, _sum: { amount: true } }),
    orgDb(orgId).order.findMany({
      where: { status: "PAID", paidAt: { lte: now } },
      orderBy: [{ paidAt: "desc" }, { id: "desc" }],
      take: 5,
      select: { id: true, kind: true, amount: true, currency: true, paidAt: true, customer: { select: { id: true, name: true } }, event: { select: { title: true } }, booking: { select: { id: true, service: { select: { name: true } } } } },
    }),
    orgDb(orgId).bot.count({ where: { status: { not: "SANDBOX" } } }), // a sandbox is a try-out, not a connected bot
    orgDb(orgId).event.count(),
    orgDb(orgId).service.count(),
  ]);
  return {
    customers,
    newCustomers,
    revenue30d: revenue._sum.amount ?? 0,
    orders30d: revenue._count,
    revenuePrevious30d: previousRevenue._sum.amount ?? 0,
    recentOrders,
    steps: { botConnected: bots > 0, selling: events + services > 0 },
  };
}
