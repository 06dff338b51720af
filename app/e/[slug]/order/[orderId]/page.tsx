import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicShell } from "@/components/booking/public-shell";
import { AddToCalendar } from "@/components/tickets/add-to-calendar";
import { TicketStatusBadge } from "@/components/tickets/ticket-status-badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/format";
import { formatEventTime, formatVenue, loadTicketOrder } from "@/lib/ticketing";
import { verifyOrderLinkToken } from "@/lib/ticketing";

export const metadata: Metadata = { title: "Your order", robots: { index: false } };

const headings = {
  PAID: ["You're going!", "Your tickets are below. We email you a confirmation with all of them, and each attendee their own."],
  PENDING: ["Waiting for your payment", "Your tickets are held for 15 minutes while the payment completes. This page updates by itself."],
  EXPIRED: ["Order not completed", "The payment did not arrive in time, so the tickets were released."],
  CANCELED: ["Order not completed", "The payment was not completed, so the tickets were released."],
  REFUNDED: ["Order refunded", "This order was refunded in full; its tickets are no longer valid."],
} as const;

// GET /e/[slug]/order/[orderId]?token=: the buyer's order after checkout (signed link only).
export default async function OrderPage({ params, searchParams }: { params: Promise<{ slug: string; orderId: string }>; searchParams: Promise<{ token?: string }> }) {
  const { slug, orderId } = await params;
  if (!verifyOrderLinkToken(orderId, (await searchParams).token)) notFound();
  const order = await loadTicketOrder({ orderId });
  if (!order?.event || order.event.slug !== slug) notFound();
  const [title, text] = headings[order.status];
  const where = formatVenue(order.event.venue);
  const firstValid = order.status === "PAID" && order.event.status !== "CANCELED" ? order.tickets.find((t) => t.status !== "VOID") : undefined;
  return (
    <PublicShell orgName={order.org.name} footer="Tickets by Frontdesk">
      {order.status === "PENDING" && <meta httpEquiv="refresh" content="5" />}
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{title}</h1>
      <p className="mt-1 mb-6 text-sm text-gray-600">{text}</p>
      <Card>
        <p className="font-semibold text-gray-900">{order.event.title}</p>
        <p className="text-sm text-gray-700">{formatEventTime(order.event)}</p>
        {where && <p className="text-sm text-gray-700">{where}</p>}
        <ul className="mt-4 space-y-1 text-sm text-gray-700">
          {order.items.map((item, i) => (
            <li key={i} className="flex justify-between gap-4">
              <span>
                {item.quantity} × {item.ticketType.name}
              </span>
              <span>{item.unitPrice > 0 ? formatMoney(item.unitPrice * item.quantity, order.currency) : "Free"}</span>
            </li>
          ))}
          {order.discount > 0 && (
            <li className="flex justify-between text-green-700">
              <span>Discount</span>
              <span>−{formatMoney(order.discount, order.currency)}</span>
            </li>
          )}
          <li className="flex justify-between border-t border-gray-100 pt-1 font-semibold text-gray-900">
            <span>Total</span>
            <span>{order.amount > 0 ? formatMoney(order.amount, order.currency) : "Free"}</span>
          </li>
        </ul>
        {order.tickets.length > 0 && (
          <ul className="mt-6 divide-y divide-gray-100 border-t border-gray-100">
            {order.tickets.map((t) => (
              <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div className="min-w-0">
                  <p className="font-medium text-gray-900">{t.attendeeName}</p>
                  <p className="truncate text-xs text-gray-600">
                    {t.ticketType.name} · {t.attendeeEmail}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  <TicketStatusBadge status={t.status} />
                  {t.status !== "VOID" && (
                    <ButtonLink href={`/t/${t.code}`} variant="secondary">
                      Open ticket
                    </ButtonLink>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        {firstValid && <AddToCalendar event={order.event} ticketCode={firstValid.code} className="mt-4 border-t border-gray-100 pt-4" />}
        {(order.status === "EXPIRED" || order.status === "CANCELED") && (
          <Link href={`/e/${slug}`} className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
            Back to the event
          </Link>
        )}
      </Card>
    </PublicShell>
  );
}
