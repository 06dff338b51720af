import { type Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { customerWhere, type CustomerFilters } from "./customer-filters";
import { toCsvLine } from "../../shared/csv-cells";
import { getCustomerSpend, type Money } from "../profile/get-customer-spend";

// The customers matching the list filters as CSV (UTF-8 with BOM so Excel reads accents).
// Its name..notes columns are exactly what the importer reads, so the file imports back as is.
export const exportHeader = ["name", "email", "phone", "tags", "source", "telegram_user_id", "notes", "created_at", "orders", "total_spent"];

const BATCH = 1000;

/** Minor units as a plain decimal ("1234.50"); other currencies than the org's keep their code. */
export function totalSpentCell(totals: Money[], currency: string): string {
  const decimal = (m: Money) => {
    const digits = new Intl.NumberFormat("en-US", { style: "currency", currency: m.currency }).resolvedOptions().maximumFractionDigits ?? 2;
    return (m.amount / 10 ** digits).toFixed(digits);
  };
  if (totals.length === 0) return decimal({ amount: 0, currency });
  if (totals.length === 1 && totals[0].currency === currency) return decimal(totals[0]);
  return totals.map((t) => `${decimal(t)} ${t.currency}`).join(" + ");
}

export async function exportCustomersCsv({ orgId, currency, filters }: { orgId: string; currency: string; filters: CustomerFilters }): Promise<string> {
  return exportCustomersWhereCsv({ orgId, currency, where: customerWhere(orgId, filters) });
}

/**
 * The org's customers matching `where` as the export CSV, newest first, read in batches. Serves
 * the customers list export and the segment export; `where` is always narrowed to the org.
 */
export async function exportCustomersWhereCsv({ orgId, currency, where }: { orgId: string; currency: string; where: Prisma.CustomerWhereInput }): Promise<string> {
  const parts = ["\uFEFF" + toCsvLine(exportHeader)];
  let cursor: string | undefined;
  for (;;) {
    const rows = await orgDb(orgId).customer.findMany({
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
