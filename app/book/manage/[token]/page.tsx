import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BookingSummary } from "@/components/booking/booking-summary";
import { ManageBookingActions } from "@/components/booking/manage-booking-actions";
import { PublicShell } from "@/components/booking/public-shell";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { bookingLinks, verifyBookingLinkToken } from "@/lib/booking";
import { clientChangeDeadline, formatBookingTime, loadBookingDetails } from "@/lib/booking";
import { cancelByLinkAction, rescheduleByLinkAction } from "./actions";

export const metadata: Metadata = { title: "Manage your booking", robots: { index: false } };

// The client's booking through the signed link in their email: see, cancel, reschedule.
export default async function ManageBookingPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const id = verifyBookingLinkToken(token);
  const booking = id ? await loadBookingDetails(id) : null;
  if (!booking) notFound();
  const changeable = booking.status === "CONFIRMED" || booking.status === "PENDING_CONFIRMATION";
  const { deadline, open } = clientChangeDeadline(booking);
  return (
    <PublicShell orgName={booking.org.name} orgHref={`/book/${booking.org.slug}`}>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight text-gray-900">Your booking</h1>
      <Card className="mb-6">
        <BookingSummary booking={booking} />
        {changeable && (
          <a href={`/api/book/invite/${bookingLinks(booking.id).token}`} download className="mt-4 inline-block text-sm font-medium text-brand-700 hover:underline">
            Add to calendar (.ics)
          </a>
        )}
      </Card>
      {changeable && open ? (
        <Card>
          <p className="mb-4 text-sm text-gray-600">You can cancel or move this booking online until {formatBookingTime(deadline, booking.clientTimeZone)}.</p>
          <ManageBookingActions
            token={token}
            orgSlug={booking.org.slug}
            serviceSlug={booking.service.slug}
            staffId={booking.staffMember.id}
            clientTimeZone={booking.clientTimeZone}
            bookedStart={booking.startsAt.toISOString()}
            windowDays={booking.service.bookingWindowDays}
            cancelAction={cancelByLinkAction}
            rescheduleAction={rescheduleByLinkAction}
          />
        </Card>
      ) : changeable ? (
        <Card>
          <p role="status" className="text-sm text-gray-700">
            Online changes closed {booking.service.cancellationCutoffHours} hours before the appointment ({formatBookingTime(deadline, booking.clientTimeZone)}), so cancelling or moving is no longer possible online. Please contact {booking.org.name}{" "}
            directly.
          </p>
        </Card>
      ) : booking.status === "CANCELED" || booking.status === "EXPIRED" || booking.status === "DECLINED" ? (
        <Card>
          <p role="status" className="text-sm text-gray-700">
            This booking is canceled and its time is free again.
          </p>
          {booking.service.active && (
            <ButtonLink href={`/book/${booking.org.slug}/${booking.service.slug}`} className="mt-4">
              Book again
            </ButtonLink>
          )}
        </Card>
      ) : null}
    </PublicShell>
  );
}
