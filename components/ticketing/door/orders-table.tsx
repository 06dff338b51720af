import Link from "next/link";
import { formatDateTime, formatMoney } from "@/lib/format";
import type { OrderListItem, OrderTotals } from "@/lib/ticketing";
import { OrderStatusBadge } from "./status-badges";

export const th = "px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";
export const td = "px-3 py-3 align-top";

/** Ticket orders, newest first; the event column only on the org-wide list. */
export function OrdersTable({ slug, rows, timezone, showEvent }: { slug: string; rows: OrderListItem[]; timezone: string; showEvent: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <thead className="bg-gray-50">
          <tr>
            <th className={th}>Buyer</th>
            {showEvent && <th className={`${th} hidden lg:table-cell`}>Event</th>}
            <th className={`${th} hidden sm:table-cell`}>Placed</th>
            <th className={`${th} hidden sm:table-cell text-right`}>Tickets</th>
            <th className={th}>Status</th>
            <th className={`${th} text-right`}>Total</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((o) => (
            <tr key={o.id} className="hover:bg-gray-50">
              <td className={`${td} max-w-48`}>
                <Link href={`/${slug}/events/orders/${o.id}`} className="block truncate font-medium text-gray-900 hover:text-brand-700 hover:underline">
                  {o.buyerName || "Unnamed buyer"}
                </Link>
                <span className="block truncate text-xs text-gray-500">{o.buyerEmail}</span>
              </td>
              {showEvent && <td className={`${td} hidden max-w-56 truncate text-gray-700 lg:table-cell`}>{o.event?.title ?? "—"}</td>}
              <td className={`${td} hidden whitespace-nowrap text-gray-600 sm:table-cell`}>{formatDateTime(o.createdAt, timezone)}</td>
              <td className={`${td} hidden text-right tabular-nums sm:table-cell`}>{o._count.tickets}</td>
              <td className={td}>
                <OrderStatusBadge status={o.status} />
              </td>
              <td className={`${td} whitespace-nowrap text-right tabular-nums`}>{formatMoney(o.amount, o.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One line over the matching orders: how many, money taken, money refunded. */
export function OrderTotalsLine({ totals, currency }: { totals: OrderTotals; currency: string }) {
  const money = (list: OrderTotals["paid"]) => (list.length ? list.map((m) => formatMoney(m.amount, m.currency)).join(" + ") : formatMoney(0, currency));
  return (
    <p className="mb-3 text-sm text-gray-600">
      <span className="font-medium text-gray-900">{totals.orders}</span> {totals.orders === 1 ? "order" : "orders"} · paid <span className="font-medium text-gray-900">{money(totals.paid)}</span>
      {totals.refunded.length > 0 && (
        <>
          {" "}
          · refunded <span className="font-medium text-gray-900">{money(totals.refunded)}</span>
        </>
      )}
    </p>
  );
}
