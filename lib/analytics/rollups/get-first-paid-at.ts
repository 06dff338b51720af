import { db } from "@/lib/db/client";
import { paidOrders } from "./get-order-sql";

/** When the org's first paid order (org currency) was paid, for the "all time" range; null if none. */
export async function getFirstPaidAt({ orgId, currency }: { orgId: string; currency: string }): Promise<Date | null> {
  // ORDER BY + LIMIT walks the (orgId, paidAt) index from its start; an aggregate would scan.
  const rows = await db.$queryRaw<{ paidAt: Date }[]>`SELECT "paidAt" FROM "Order" WHERE ${paidOrders({ orgId, currency })} ORDER BY "orgId", "paidAt" LIMIT 1`;
  return rows[0]?.paidAt ?? null;
}
