import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BookingSummary } from "@/components/booking/booking-summary";
import { PublicShell } from "@/components/booking/public-shell";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { bookingLinks, verifyBookingLinkToken } from "@/lib/booking";
import { loadBookingDetails } from "@/lib/booking";

export const metadata: Metadata = { title: "Your booking", robots: { index: false } };

const headings: Record<string, [string, string]> = {
  CONFIRMED: ["You're booked", "A confirmation with a calendar invite is on its way to your email."],
  PENDING_CONFIRMATION: ["Request received", "The business will confirm your booking; we'll email you. A copy of your request is on its way."],
  PENDING_PAYMENT: ["Awaiting payment", "Your time is held for 10 minutes while the payment completes. This page updates when it does."],
};

// After booking (or paying): status, add-to-calendar, the manage link. Signed link only.
export default async function BookingConfirmationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ token?: string }> }) {
  const { id } = await params;
  const token = (await searchParams).token ?? "";
  if (verifyBookingLinkToken(token) !== id) notFound();
  const booking = await loadBookingDetails(id);
  if (!booking) notFound();
  const links = bookingLinks(booking.id);
  const [title, text] = headings[booking.status] ?? ["Your booking", "Here is your booking."];
  const active = booking.status in headings;
  return (
    <PublicShell orgName={booking.org.name} orgHref={`/book/${booking.org.slug}`}>
      {booking.status === "PENDING_PAYMENT" && <meta httpEquiv="refresh" content="5" />}
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{title}</h1>
      <p className="mt-1 mb-6 text-sm text-gray-600">{text}</p>
      <Card>
        <BookingSummary booking={booking} />
        <div className="mt-6 flex flex-col gap-2 sm:flex-row">
          {active && (
            <a href={`/api/book/invite/${links.token}`} className="inline-flex items-center justify-center rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700" download>
              Add to calendar (.ics)
            </a>
          )}
          <ButtonLink href={`/book/manage/${links.token}`} variant="secondary">
            {active ? "Cancel or reschedule" : "View booking"}
          </ButtonLink>
        </div>
        {active && <p className="mt-4 text-xs text-gray-500">Keep this link to change your booking later: it is also in your email.</p>}
      </Card>
    </PublicShell>
  );
}
