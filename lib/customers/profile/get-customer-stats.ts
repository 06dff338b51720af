import { orgDb } from "@/lib/db/org-db";
import { getCustomerSpend, type Money } from "./get-customer-spend";

export type CustomerStats = { orders: number; paidOrders: number; totals: Money[]; firstPurchaseAt: Date | null; lastPurchaseAt: Date | null };

/** Orders and spend of one customer (the caller has already checked the customer is the org's). */
export async function getCustomerStats({ orgId, customerId, currency }: { orgId: string; customerId: string; currency: string }): Promise<CustomerStats> {
  const [orders, paid, spend] = await Promise.all([
    orgDb(orgId).order.count({ where: { customerId } }),
    orgDb(orgId).order.aggregate({ where: { customerId, status: "PAID" }, _min: { paidAt: true }, _max: { paidAt: true } }),
    getCustomerSpend({ orgId, currency, customerIds: [customerId] }),
  ]);
  const mine = spend.get(customerId);
  return {
    orders,
    paidOrders: mine?.paidOrders ?? 0,
    totals: mine?.totals ?? [],
    firstPurchaseAt: paid._min.paidAt,
    lastPurchaseAt: paid._max.paidAt,
  };
}
