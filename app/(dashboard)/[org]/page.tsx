import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { TableCard } from "@/components/ui/table-card";
import { getOverviewStats } from "@/lib/analytics";
import { BookingStatusBadge } from "@/components/booking/dashboard/booking-status-badge";
import { getBookingOverview } from "@/lib/booking";
import { formatDateTime, formatMoney } from "@/lib/format";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { getEventsOverview } from "@/lib/ticketing";

export const metadata = { title: "Overview" };

function Stat({ label, value, note, href }: { label: string; value: string; note?: string; href?: string }) {
  const body = (
    <Card className="h-full transition hover:border-brand-500/50">
      <p className="text-sm font-medium text-gray-600">{label}</p>
      <p className="mt-2 text-3xl font-semibold tracking-tight text-gray-900">{value}</p>
      {note && <p className="mt-1 text-xs text-gray-500">{note}</p>}
    </Card>
  );
  return href ? <Link href={href}>{body}</Link> : body;
}

type RecentOrder = Awaited<ReturnType<typeof getOverviewStats>>["recentOrders"][number];

// What was sold, linked: the event of a ticket order, the service of a booking.
function OrderWhat({ slug, order }: { slug: string; order: RecentOrder }) {
  const [label, href] = order.booking ? [order.booking.service.name, `/${slug}/bookings/${order.booking.id}`] : order.event ? [order.event.title, `/${slug}/events/orders/${order.id}`] : [null, null];
  if (!label) return null;
  return (
    <>
      <span className="text-gray-400"> · </span>
      <Link href={href} className="text-gray-600 hover:underline">
        {label}
      </Link>
    </>
  );
}

export default async function OverviewPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const [stats, events, bookings] = await Promise.all([getOverviewStats({ orgId: ctx.orgId, currency: ctx.currency }), getEventsOverview({ orgId: ctx.orgId }), getBookingOverview({ orgId: ctx.orgId, timeZone: ctx.timezone })]);
  const change = stats.revenuePrevious30d > 0 ? Math.round(((stats.revenue30d - stats.revenuePrevious30d) / stats.revenuePrevious30d) * 100) : null;
  return (
    <>
      <PageHeader title={ctx.name} description="Your customer front at a glance." />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Customers" value={stats.customers.toLocaleString("en-US")} note={`${stats.newCustomers} new in 30 days`} href={`/${ctx.slug}/customers`} />
        <Stat label="Revenue, last 30 days" value={formatMoney(stats.revenue30d, ctx.currency)} note={`${stats.orders30d} paid orders${change === null ? "" : ` · ${change >= 0 ? "+" : ""}${change}% vs previous 30 days`}`} />
        <Stat
          label="Upcoming events"
          value={String(events.upcomingCount)}
          note={events.next ? `Next: ${events.next.title}, ${formatDateTime(events.next.startsAt, events.next.timeZone, { zone: events.next.timeZone !== ctx.timezone })} · ${events.ticketsSold} tickets sold` : "No upcoming events yet"}
          href={events.next ? `/${ctx.slug}/events/${events.next.id}` : `/${ctx.slug}/events`}
        />
        <Stat label="Upcoming bookings" value={bookings.total.toLocaleString("en-US")} note={bookings.today === 0 ? "None left today" : `${bookings.today} later today`} href={`/${ctx.slug}/bookings`} />
      </div>
      {bookings.next.length > 0 && (
        <>
          <h2 className="mb-3 mt-10 text-lg font-semibold">Next bookings</h2>
          <TableCard>
            <ul className="divide-y divide-gray-100">
              {bookings.next.map((b) => (
                <li key={b.id}>
                  <Link href={`/${ctx.slug}/bookings/${b.id}`} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-5 py-3 text-sm hover:bg-gray-50">
                    <span className="font-medium text-gray-900">{formatDateTime(b.startsAt, ctx.timezone)}</span>
                    <span className="min-w-0 flex-1 truncate text-gray-700">
                      {b.clientName} · {b.service.name} · {b.staffMember.name}
                    </span>
                    <BookingStatusBadge status={b.status} />
                  </Link>
                </li>
              ))}
            </ul>
          </TableCard>
        </>
      )}
      <h2 className="mb-3 mt-10 text-lg font-semibold">Recent orders</h2>
      {stats.recentOrders.length === 0 ? (
        <EmptyState title="No orders yet" description="Paid tickets and bookings appear here as they come in." />
      ) : (
        <TableCard>
          <ul className="divide-y divide-gray-100">
            {stats.recentOrders.map((o) => (
              <li key={o.id} className="flex items-center justify-between gap-4 px-5 py-3 text-sm">
                <span className="min-w-0 truncate">
                  <Link href={`/${ctx.slug}/customers/${o.customer.id}`} className="font-medium text-gray-900 hover:underline">
                    {o.customer.name}
                  </Link>
                  <OrderWhat slug={ctx.slug} order={o} />
                </span>
                <span className="flex shrink-0 items-center gap-3">
                  <Badge tone={o.kind === "TICKET" ? "brand" : "green"}>{o.kind === "TICKET" ? "Ticket" : "Booking"}</Badge>
                  <span className="tabular-nums">{formatMoney(o.amount, o.currency)}</span>
                  <span className="hidden text-gray-500 sm:inline">{o.paidAt ? formatDateTime(o.paidAt, ctx.timezone) : ""}</span>
                </span>
              </li>
            ))}
          </ul>
        </TableCard>
      )}
      {/* First steps: each card only until its step is done. */}
      {(!stats.steps.botConnected || !stats.steps.selling) && (
        <div className="mt-10 grid grid-cols-1 gap-4 md:grid-cols-2">
          {!stats.steps.botConnected && (
            <EmptyState
              title="Connect a Telegram bot"
              description="Build conversation flows, chat live and send broadcasts from one place."
              action={
                <ButtonLink href={`/${ctx.slug}/bots`} variant="secondary">
                  Go to Bots
                </ButtonLink>
              }
            />
          )}
          {!stats.steps.selling && (
            <EmptyState
              title="Sell tickets or take bookings"
              description="Publish an event page or a booking page and let customers pay online."
              action={
                <ButtonLink href={`/${ctx.slug}/events`} variant="secondary">
                  Go to Events
                </ButtonLink>
              }
            />
          )}
        </div>
      )}
    </>
  );
}
