import { db } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { getCheckInCounts } from "@/lib/ticketing/check-in/get-check-in-counts";
import { buildSalesSeries, type DailySales } from "./build-sales-series";

export type TypeSales = { id: string; name: string; capacity: number; sold: number; revenue: number };
export type RevenueSummary = { currency: string; gross: number; refunded: number; net: number };

/**
 * An event's sales (timestamps are stored as UTC without a zone, hence the double AT TIME ZONE) for its dashboard: tickets sold per day (in the event's time zone, void
 * tickets left out) and by ticket type, revenue net of refunds, check-in progress. A ticket is
 * sold when its order was paid (created, if it never had a paidAt): the date the order lists show.
 */
export async function getEventSales({ orgId, eventId, timeZone, currency }: { orgId: string; eventId: string; timeZone: string; currency: string }) {
  const [daily, types, ticketsByType, orders, checkIn] = await Promise.all([
    db.$queryRaw<DailySales[]>`
      SELECT to_char((coalesce(o."paidAt", o."createdAt") AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone}, 'YYYY-MM-DD') AS day, count(*)::int AS sold, coalesce(sum(t."amountPaid"), 0)::int AS revenue
      FROM "Ticket" t JOIN "Order" o ON o."id" = t."orderId" AND o."orgId" = t."orgId"
      WHERE t."orgId" = ${orgId} AND t."eventId" = ${eventId} AND t.status <> 'VOID' GROUP BY 1`,
    orgDb(orgId).ticketType.findMany({ where: { eventId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, name: true, capacity: true, currency: true } }),
    orgDb(orgId).ticket.groupBy({ by: ["ticketTypeId"], where: { eventId, status: { not: "VOID" } }, _count: { _all: true }, _sum: { amountPaid: true } }),
    orgDb(orgId).order.groupBy({ by: ["status", "currency"], where: { eventId, kind: "TICKET", status: { in: ["PAID", "REFUNDED"] } }, _sum: { amount: true } }),
    getCheckInCounts({ orgId, eventId }),
  ]);
  const eventCurrency = types[0]?.currency ?? orders[0]?.currency ?? currency;
  const sum = (status: string) => orders.filter((o) => o.status === status && o.currency === eventCurrency).reduce((s, o) => s + (o._sum.amount ?? 0), 0);
  const revenue: RevenueSummary = { currency: eventCurrency, gross: sum("PAID") + sum("REFUNDED"), refunded: sum("REFUNDED"), net: sum("PAID") };
  const byType: TypeSales[] = types.map((t) => {
    const g = ticketsByType.find((x) => x.ticketTypeId === t.id);
    return { id: t.id, name: t.name, capacity: t.capacity, sold: g?._count._all ?? 0, revenue: g?._sum.amountPaid ?? 0 };
  });
  return { series: buildSalesSeries(daily), byType, revenue, checkIn };
}

export type EventSales = Awaited<ReturnType<typeof getEventSales>>;
