import Link from "next/link";
import { Card } from "@/components/ui/card";
import { TableCard } from "@/components/ui/table-card";
import { formatDateTime, formatMoney } from "@/lib/format";
import type { OrderDetail } from "@/lib/ticketing";
import { td, th } from "./orders-table";
import { TicketStatusBadge } from "./status-badges";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
      <dt className="w-40 shrink-0 text-sm text-gray-500">{label}</dt>
      <dd className="min-w-0 break-words text-sm text-gray-900">{children}</dd>
    </div>
  );
}

/** Who bought what, for how much, and the Stripe ids to find the payment. */
export function OrderSummary({ slug, order, timezone }: { slug: string; order: OrderDetail; timezone: string }) {
  const money = (n: number) => formatMoney(n, order.currency);
  return (
    <Card>
      <dl className="space-y-2">
        <Row label="Customer">
          <Link href={`/${slug}/customers/${order.customer.id}`} className="font-medium text-brand-700 hover:underline">
            {order.customer.name}
          </Link>
          {order.buyerEmail && <span className="text-gray-600"> · {order.buyerEmail}</span>}
        </Row>
        <Row label="Event">
          {order.event ? (
            <Link href={`/${slug}/events/${order.event.id}/orders`} className="hover:underline">
              {order.event.title}
            </Link>
          ) : (
            "—"
          )}
        </Row>
        <Row label="Placed">{formatDateTime(order.createdAt, timezone)}</Row>
        <Row label="Paid">{order.paidAt ? formatDateTime(order.paidAt, timezone) : "—"}</Row>
        {order.discount > 0 && <Row label="Discount">{`−${money(order.discount)}${order.promoCode ? ` (code ${order.promoCode.code})` : ""}`}</Row>}
        <Row label="Total">
          <span className="font-semibold">{money(order.amount)}</span>
        </Row>
        <Row label="Order id">
          <code className="text-xs">{order.id}</code>
        </Row>
        {order.stripeCheckoutSessionId && (
          <Row label="Stripe session">
            <code className="break-all text-xs">{order.stripeCheckoutSessionId}</code>
          </Row>
        )}
        {order.stripePaymentIntentId && (
          <Row label="Stripe payment">
            <code className="break-all text-xs">{order.stripePaymentIntentId}</code>
          </Row>
        )}
      </dl>
    </Card>
  );
}

export function OrderItemsTable({ order }: { order: OrderDetail }) {
  const money = (n: number) => formatMoney(n, order.currency);
  return (
    <TableCard title="Items">
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <thead className="bg-gray-50">
          <tr>
            <th className={th}>Ticket type</th>
            <th className={`${th} text-right`}>Qty</th>
            <th className={`${th} hidden text-right sm:table-cell`}>Price</th>
            <th className={`${th} hidden text-right sm:table-cell`}>Discount</th>
            <th className={`${th} text-right`}>Line total</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {order.items.map((i) => (
            <tr key={i.id}>
              <td className={td}>{i.ticketType.name}</td>
              <td className={`${td} text-right tabular-nums`}>{i.quantity}</td>
              <td className={`${td} hidden whitespace-nowrap text-right tabular-nums sm:table-cell`}>{money(i.unitPrice)}</td>
              <td className={`${td} hidden whitespace-nowrap text-right tabular-nums sm:table-cell`}>{i.discount ? `−${money(i.discount)}` : "—"}</td>
              <td className={`${td} whitespace-nowrap text-right tabular-nums`}>{money(i.unitPrice * i.quantity - i.discount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableCard>
  );
}

export function OrderTicketsTable({ order, timezone }: { order: OrderDetail; timezone: string }) {
  if (order.tickets.length === 0) {
    return <p className="rounded-lg border border-dashed border-gray-300 bg-white px-4 py-6 text-center text-sm text-gray-600">No tickets issued: they are issued when the order is paid.</p>;
  }
  return (
    <TableCard title="Tickets">
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <thead className="bg-gray-50">
          <tr>
            <th className={th}>Attendee</th>
            <th className={`${th} hidden sm:table-cell`}>Type</th>
            <th className={`${th} hidden md:table-cell`}>Code</th>
            <th className={th}>Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {order.tickets.map((t) => (
            <tr key={t.id}>
              <td className={`${td} max-w-48`}>
                <span className="block truncate font-medium text-gray-900">{t.attendeeName || "—"}</span>
                <span className="block truncate text-xs text-gray-500">{t.attendeeEmail}</span>
              </td>
              <td className={`${td} hidden sm:table-cell`}>{t.ticketType.name}</td>
              <td className={`${td} hidden md:table-cell`}>
                <code className="text-xs">{t.code}</code>
              </td>
              <td className={td}>
                <TicketStatusBadge status={t.status} />
                {t.checkedInAt && (
                  <span className="mt-1 block text-xs text-gray-500">
                    {formatDateTime(t.checkedInAt, timezone)}
                    {t.checkedInBy && ` by ${t.checkedInBy.name ?? t.checkedInBy.email}`}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableCard>
  );
}
