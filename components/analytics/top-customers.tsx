import Link from "next/link";
import type { TopCustomer } from "@/lib/analytics";
import { formatMoney } from "@/lib/format";
import { DataTable } from "./data-table";

/** The best customers of the range as a bar list; each name links to the customer. */
export function TopCustomersBars({ rows, slug, currency }: { rows: TopCustomer[]; slug: string; currency: string }) {
  const max = Math.max(1, ...rows.map((r) => r.revenue));
  return (
    <ol className="space-y-2.5">
      {rows.map((r, i) => (
        <li key={r.id} className="text-sm">
          <div className="flex items-baseline justify-between gap-3">
            <Link href={`/${slug}/customers/${r.id}`} className="min-w-0 truncate font-medium text-gray-900 hover:text-brand-700 hover:underline" title={r.name}>
              <span className="mr-1.5 text-gray-400">{i + 1}.</span>
              {r.name}
            </Link>
            <span className="shrink-0 tabular-nums text-gray-700">
              {formatMoney(r.revenue, currency)}{" "}
              <span className="text-xs text-gray-400">
                · {r.orders} {r.orders === 1 ? "order" : "orders"}
              </span>
            </span>
          </div>
          <div className="mt-1 h-1.5 rounded-full bg-gray-100" aria-hidden>
            <div className="h-1.5 rounded-full bg-brand-500" style={{ width: `${(r.revenue / max) * 100}%` }} />
          </div>
        </li>
      ))}
    </ol>
  );
}

export function TopCustomersTable({ rows, slug, currency }: { rows: TopCustomer[]; slug: string; currency: string }) {
  return (
    <DataTable
      caption="Top customers by revenue in the range"
      head={["Customer", "Revenue", "Orders"]}
      rows={rows.map((r) => [
        <Link key={r.id} href={`/${slug}/customers/${r.id}`} className="text-gray-900 hover:underline">
          {r.name}
        </Link>,
        formatMoney(r.revenue, currency),
        r.orders.toLocaleString("en-US"),
      ])}
    />
  );
}
