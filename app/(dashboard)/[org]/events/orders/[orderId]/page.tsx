import Link from "next/link";
import { OrderActionButton } from "@/components/ticketing/door/order-action-button";
import { OrderItemsTable, OrderSummary, OrderTicketsTable } from "@/components/ticketing/door/order-detail";
import { OrderStatusBadge } from "@/components/ticketing/door/status-badges";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { formatMoney } from "@/lib/format";
import { hasRole } from "@/lib/roles";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { getOrder } from "@/lib/ticketing";
import { cancelOrderAction, resendTicketsAction } from "../actions";

export const metadata = { title: "Order" };

// Why a closed order cannot be acted on any more (the cancel button is gone once it is done).
const closedNotes: Partial<Record<OrderStatus, string>> = {
  REFUNDED: "Refunded in full. Its tickets are void and their seats are back on sale.",
  CANCELED: "Canceled. Its tickets are void and their seats are back on sale.",
  EXPIRED: "Never paid: the checkout ran out and the seats went back on sale.",
};

// /[org]/events/orders/[orderId]: one ticket order, its tickets and what can be done with it.
export default async function OrderPage({ params }: { params: Promise<{ org: string; orderId: string }> }) {
  const { org, orderId } = await params;
  const ctx = await requireOrgPage(org);
  const order = await orNotFound(getOrder({ orgId: ctx.orgId, orderId: decodeURIComponent(orderId).slice(0, 64) }));
  const canCancel = hasRole(ctx.role, "ADMIN");
  const total = formatMoney(order.amount, order.currency);
  const cancelLabel = order.amount > 0 ? `Refund ${total}` : "Cancel order";
  const cancelConfirm = order.amount > 0 ? `Refund ${total} to the buyer through Stripe and void every ticket of this order? This cannot be undone.` : "Cancel this order and void every ticket of it? This cannot be undone.";
  const back = order.event ? { href: `/${ctx.slug}/events/${order.event.id}/orders`, label: `${order.event.title}: orders` } : { href: `/${ctx.slug}/events/orders`, label: "All orders" };
  return (
    <>
      <Link href={back.href} className="text-sm text-gray-600 hover:text-gray-900 hover:underline">
        ← {back.label}
      </Link>
      <div className="mb-6 mt-1 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight text-gray-900">
            <span className="truncate">{order.buyerName || order.customer.name}</span> <OrderStatusBadge status={order.status} />
          </h1>
          <p className="mt-1 text-sm text-gray-600">
            {order.tickets.length} {order.tickets.length === 1 ? "ticket" : "tickets"} · {total}
          </p>
        </div>
        {order.status === "PAID" && (
          <div className="flex flex-wrap items-start gap-2">
            {order.tickets.some((t) => t.status !== "VOID") && <OrderActionButton org={ctx.slug} orderId={order.id} label="Resend tickets" pendingText="Sending…" action={resendTicketsAction} />}
            {canCancel && <OrderActionButton org={ctx.slug} orderId={order.id} label={cancelLabel} pendingText="Working…" confirmText={cancelConfirm} action={cancelOrderAction} />}
          </div>
        )}
      </div>
      {closedNotes[order.status] && (
        <p role="status" className="mb-4 rounded-md bg-gray-100 px-3 py-2 text-sm text-gray-800">
          {closedNotes[order.status]}
        </p>
      )}
      <div className="space-y-6">
        <OrderSummary slug={ctx.slug} order={order} timezone={ctx.timezone} />
        <OrderItemsTable order={order} />
        <OrderTicketsTable order={order} timezone={order.event?.timeZone ?? ctx.timezone} />
      </div>
    </>
  );
}
