import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryCard, PaymentCard, Row } from "@/components/booking/dashboard/booking-detail-sections";
import { BookingStatusActions } from "@/components/booking/dashboard/booking-status-actions";
import { BookingStatusBadge } from "@/components/booking/dashboard/booking-status-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { availableBookingActions, bookingActionLabels } from "@/lib/booking";
import { formatBookingTime } from "@/lib/booking";
import { loadBookingPage } from "@/lib/booking";
import { AppError } from "@/lib/errors";
import { formatMoney } from "@/lib/format";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { changeBookingStatusAction } from "../actions";

export const metadata = { title: "Booking" };

// /[org]/bookings/[bookingId]: who, what, when (org and client zones), payment, history, and
// the status changes the transition table allows now.
export default async function BookingDetailPage({ params, searchParams }: { params: Promise<{ org: string; bookingId: string }>; searchParams: Promise<{ created?: string }> }) {
  const { org, bookingId } = await params;
  const ctx = await requireOrgPage(org);
  const booking = await loadBookingPage({ orgId: ctx.orgId, bookingId }).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const actions = availableBookingActions({ status: booking.status, startsAt: booking.startsAt, now: new Date() }).map((action) => ({ action, label: bookingActionLabels[action] }));
  const paid = booking.order?.status === "PAID";
  const refundNote = paid && booking.order ? `The client paid ${formatMoney(booking.order.amount, booking.order.currency)} online; it is refunded in full.` : null;
  return (
    <div className="max-w-4xl space-y-6">
      <p className="text-sm">
        <Link href={`/${ctx.slug}/bookings/list`} className="text-brand-700 hover:underline">
          ← All bookings
        </Link>
      </p>
      <PageHeader level={2} title={`${booking.service.name} with ${booking.staffMember.name}`} description={formatBookingTime(booking.startsAt, ctx.timezone)} actions={<BookingStatusBadge status={booking.status} />} />
      {(await searchParams).created === "1" && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Booking created.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-base font-semibold text-gray-900">Appointment</h2>
          <dl>
            <Row label="Service">
              {booking.service.name} ({booking.service.durationMinutes} min)
            </Row>
            <Row label="Staff">{booking.staffMember.name}</Row>
            <Row label={`Time (${ctx.timezone})`}>{formatBookingTime(booking.startsAt, ctx.timezone)}</Row>
            {booking.clientTimeZone !== ctx.timezone && <Row label={`Client's time (${booking.clientTimeZone})`}>{formatBookingTime(booking.startsAt, booking.clientTimeZone)}</Row>}
            {booking.staffMember.timeZone !== ctx.timezone && <Row label={`Staff's time (${booking.staffMember.timeZone})`}>{formatBookingTime(booking.startsAt, booking.staffMember.timeZone)}</Row>}
          </dl>
        </Card>
        <Card>
          <h2 className="mb-2 text-base font-semibold text-gray-900">Client</h2>
          <dl>
            <Row label="Name">
              <Link href={`/${ctx.slug}/customers/${booking.customerId}`} className="font-medium text-brand-700 hover:underline">
                {booking.clientName}
              </Link>
            </Row>
            <Row label="Email">{booking.clientEmail}</Row>
            {booking.clientPhone && <Row label="Phone">{booking.clientPhone}</Row>}
            <Row label="Notes">{booking.clientNotes ? <span className="whitespace-pre-wrap">{booking.clientNotes}</span> : <span className="text-gray-500">None</span>}</Row>
          </dl>
        </Card>
        <PaymentCard booking={booking} timeZone={ctx.timezone} />
        <Card>
          <h2 className="mb-3 text-base font-semibold text-gray-900">Actions</h2>
          <BookingStatusActions org={ctx.slug} bookingId={booking.id} actions={actions} refundNote={refundNote} changeStatus={changeBookingStatusAction} />
        </Card>
      </div>
      <HistoryCard booking={booking} timeZone={ctx.timezone} />
    </div>
  );
}
