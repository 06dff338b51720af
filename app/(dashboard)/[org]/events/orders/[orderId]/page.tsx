import { notFound } from "next/navigation";
import Link from "next/link";
import { CancelOrderButton } from "@/components/ticketing/door/cancel-order-button";
import { OrderItemsTable, OrderSummary, OrderTicketsTable } from "@/components/ticketing/door/order-detail";
import { OrderStatusBadge } from "@/components/ticketing/door/status-badges";
import { AppError } from "@/lib/errors";
import { formatMoney } from "@/lib/format";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { getOrder } from "@/lib/ticketing/orders/get-order";
import { cancelOrderAction } from "../actions";

export const metadata = { title: "Order" };

async function loadOrderOr404(orgId: string, orderId: string) {
  try {
    return await getOrder({ orgId, orderId });
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}

// /[org]/events/orders/[orderId]: one ticket order, its tickets and what can be done with it.
export default async function OrderPage({ params }: { params: Promise<{ org: string; orderId: string }> }) {
  const { org, orderId } = await params;
  const ctx = await requireOrgPage(org);
  const order = await loadOrderOr404(ctx.orgId, decodeURIComponent(orderId).slice(0, 64));
  const canCancel = order.status === "PAID" && hasRole(ctx.role, "ADMIN");
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
            {order.tickets.length} {order.tickets.length === 1 ? "ticket" : "tickets"} · {formatMoney(order.amount, order.currency)}
          </p>
        </div>
        {canCancel && <CancelOrderButton org={ctx.slug} orderId={order.id} paid={order.amount > 0} amountLabel={formatMoney(order.amount, order.currency)} action={cancelOrderAction} />}
      </div>
      <div className="space-y-6">
        <OrderSummary slug={ctx.slug} order={order} timezone={ctx.timezone} />
        <OrderItemsTable order={order} />
        <OrderTicketsTable order={order} timezone={order.event?.timeZone ?? ctx.timezone} />
      </div>
    </>
  );
}
