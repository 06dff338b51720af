import { orgDb } from "@/lib/db/org-db";
import { formatMoney } from "@/lib/format";

// What customers spent: PAID orders only, summed per currency (an org may have sold in more
// than one), so nothing is silently converted or dropped.
export type Money = { amount: number; currency: string };
export type CustomerSpend = { paidOrders: number; totals: Money[] };

export async function getCustomerSpend({ orgId, customerIds, currency }: { orgId: string; customerIds: string[]; currency: string }): Promise<Map<string, CustomerSpend>> {
  const out = new Map<string, CustomerSpend>();
  if (customerIds.length === 0) return out;
  const groups = await orgDb(orgId).order.groupBy({
    by: ["customerId", "currency"],
    where: { status: "PAID", customerId: { in: customerIds } },
    _sum: { amount: true },
    _count: { _all: true },
  });
  for (const g of groups) {
    const spend = out.get(g.customerId) ?? { paidOrders: 0, totals: [] };
    spend.paidOrders += g._count._all;
    spend.totals.push({ amount: g._sum.amount ?? 0, currency: g.currency });
    out.set(g.customerId, spend);
  }
  // The org's own currency first, then the others alphabetically.
  for (const spend of out.values()) spend.totals.sort((a, b) => Number(b.currency === currency) - Number(a.currency === currency) || a.currency.localeCompare(b.currency));
  return out;
}

/** "€120.00", or "€120.00 + $15.00" when a customer paid in several currencies. */
export function formatSpend(totals: Money[] | undefined, currency: string): string {
  if (!totals || totals.length === 0) return formatMoney(0, currency);
  return totals.map((t) => formatMoney(t.amount, t.currency)).join(" + ");
}
