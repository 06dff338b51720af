import { simulateTransactions } from "@/lib/analytics/models/simulate-bgnbd";
import type { OrderKind } from "@/lib/db/generated/enums";
import { createSaleOrders } from "@/test/sale-orders";
import { e2eDb } from "./fixtures";

// Customers and paid orders for one e2e org, written straight into the database: a BG/NBD
// purchase log (150 customers over 480 days, ~450 orders; enough repeat buyers and drop-outs for
// every model to fit) plus orders the analytics must leave out (pending, refunded, another
// currency). Returns what the dashboards should show, computed here from the rows themselves.
export type SeededOrders = {
  customers: number;
  orders: number;
  revenue: number;
  ticketRevenue: number;
  bookingRevenue: number;
  /** Paid EUR revenue and orders per month of the org time zone ("2026-03"). */
  byMonth: Map<string, { revenue: number; orders: number }>;
  top: { name: string; revenue: number; orders: number };
};

const monthIn = (date: Date, timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" }).format(date).slice(0, 7);

export async function seedAnalyticsOrders({ orgId, timeZone }: { orgId: string; timeZone: string }): Promise<SeededOrders> {
  const log = simulateTransactions({
    bgnbd: { r: 0.6, alpha: 40, a: 0.8, b: 3 },
    gammaGamma: { p: 6, q: 4, v: 30 },
    customers: 150,
    days: 480,
    end: new Date().toISOString().slice(0, 10), // every order before now
    seed: 11,
  });
  const ids = [...new Set(log.map((t) => t.customerId))];
  const created = await e2eDb.customer.createManyAndReturn({
    data: ids.map((_, i) => ({ orgId, name: `Buyer ${String(i + 1).padStart(3, "0")}`, email: `buyer${i + 1}@example.com`, source: i % 2 ? ("BOOKING" as const) : ("TICKETING" as const) })),
    select: { id: true, name: true },
  });
  const customerOf = new Map(ids.map((id, i) => [id, created[i]]));
  const orders = log.map((t, i) => {
    const kind: OrderKind = i % 5 < 2 ? "TICKET" : "BOOKING";
    const paidAt = new Date(t.date);
    return { orgId, customerId: customerOf.get(t.customerId)!.id, kind, amount: Math.max(500, Math.round((t.amount ?? 0) * 100)), currency: "EUR", status: "PAID" as const, paidAt, createdAt: paidAt };
  });
  const first = created[0].id;
  const ignored = [
    { orgId, customerId: first, kind: "BOOKING" as const, amount: 99_00, currency: "EUR", status: "PENDING" as const },
    { orgId, customerId: first, kind: "TICKET" as const, amount: 50_00, currency: "EUR", status: "REFUNDED" as const, paidAt: new Date(Date.now() - 86_400_000) },
    { orgId, customerId: first, kind: "TICKET" as const, amount: 70_00, currency: "USD", status: "PAID" as const, paidAt: new Date(Date.now() - 86_400_000) },
  ];
  // Each a real sale (an event and a ticket, or a booking), as the database requires of a paid order.
  await createSaleOrders(e2eDb, [...orders, ...ignored]);

  const byMonth = new Map<string, { revenue: number; orders: number }>();
  const byCustomer = new Map<string, { revenue: number; orders: number }>();
  for (const o of orders) {
    const m = byMonth.get(monthIn(o.paidAt, timeZone)) ?? { revenue: 0, orders: 0 };
    byMonth.set(monthIn(o.paidAt, timeZone), { revenue: m.revenue + o.amount, orders: m.orders + 1 });
    const c = byCustomer.get(o.customerId) ?? { revenue: 0, orders: 0 };
    byCustomer.set(o.customerId, { revenue: c.revenue + o.amount, orders: c.orders + 1 });
  }
  const [topId, top] = [...byCustomer].sort((a, b) => b[1].revenue - a[1].revenue || (a[0] < b[0] ? -1 : 1))[0];
  const sumOf = (kind?: OrderKind) => orders.filter((o) => !kind || o.kind === kind).reduce((s, o) => s + o.amount, 0);
  return {
    customers: created.length,
    orders: orders.length,
    revenue: sumOf(),
    ticketRevenue: sumOf("TICKET"),
    bookingRevenue: sumOf("BOOKING"),
    byMonth,
    top: { name: created.find((c) => c.id === topId)!.name, ...top },
  };
}
