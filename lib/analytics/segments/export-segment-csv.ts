import { db } from "@/lib/db/client";
import { toCsvLine } from "@/lib/customers/csv-cells";
import { exportHeader, totalSpentCell } from "@/lib/customers/export-customers-csv";
import { getCustomerSpend } from "@/lib/customers/get-customer-spend";
import type { SegmentDefinition } from "./segment-definition";
import { segmentCustomerWhere } from "./segment-customer-where";

// A segment's members as CSV: the same columns, cells and escaping as the customers export
// (lib/customers/export-customers-csv.ts), so the file imports back as customers as is.
const BATCH = 1000;

export async function exportSegmentCsv({ orgId, currency, definition }: { orgId: string; currency: string; definition: SegmentDefinition }): Promise<string> {
  const where = segmentCustomerWhere({ orgId, definition });
  const parts = ["\uFEFF" + toCsvLine(exportHeader)];
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.customer.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, name: true, email: true, phone: true, tags: true, source: true, telegramUserId: true, notes: true, createdAt: true },
    });
    if (rows.length === 0) break;
    const spend = await getCustomerSpend({ orgId, currency, customerIds: rows.map((r) => r.id) });
    for (const r of rows) {
      const s = spend.get(r.id);
      parts.push(toCsvLine([r.name, r.email, r.phone, r.tags.join("; "), r.source, r.telegramUserId, r.notes, r.createdAt.toISOString(), s?.paidOrders ?? 0, totalSpentCell(s?.totals ?? [], currency)]));
    }
    if (rows.length < BATCH) break;
    cursor = rows[rows.length - 1].id;
  }
  return parts.join("");
}
