import { createEvent } from "ics";
import type { BookingDetails } from "../admin/load-booking-details";
import { env } from "@/lib/env";

// The .ics of a booking (UTC times: every calendar shows them in its own zone). One UID per
// booking and a SEQUENCE that grows with every change, so a moved or canceled booking updates
// the entry the client already has instead of adding a second one.
// - "email" (attached to the booking emails): an iTIP invite, METHOD:REQUEST while the booking
//   stands and METHOD:CANCEL once it is canceled, organized by the address the email comes from
//   (calendars accept an update only from the invite's organizer) with the client as attendee.
// - "download" ("Add to calendar"): METHOD:PUBLISH, a plain entry to import.
// LOCATION is the business: Frontdesk keeps no street address for it.
export type IcsDelivery = "email" | "download";

export function buildBookingIcs({ booking, manageUrl, delivery }: { booking: BookingDetails; manageUrl: string; delivery: IcsDelivery }): string {
  const canceled = isCanceled(booking.status);
  const { error, value } = createEvent({
    uid: `booking-${booking.id}@frontdesk`,
    productId: "frontdesk/booking",
    method: bookingIcsMethod({ status: booking.status, delivery }),
    sequence: bookingIcsSequence(booking),
    start: booking.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: booking.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: `${booking.service.name} with ${booking.staffMember.name}`,
    description: `${booking.service.name} at ${booking.org.name} with ${booking.staffMember.name}.${canceled ? "\nThis booking is canceled." : `\nCancel or reschedule: ${manageUrl}`}`,
    location: booking.org.name,
    url: manageUrl,
    status: canceled ? "CANCELLED" : booking.status === "CONFIRMED" ? "CONFIRMED" : "TENTATIVE",
    organizer: { name: booking.org.name, email: senderAddress() },
    ...(delivery === "email" ? { attendees: [{ name: booking.clientName, email: booking.clientEmail, rsvp: false, partstat: "ACCEPTED" as const, role: "REQ-PARTICIPANT" as const }] } : {}),
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar invite");
  return value;
}

export function bookingIcsMethod({ status, delivery }: { status: string; delivery: IcsDelivery }): "REQUEST" | "CANCEL" | "PUBLISH" {
  if (delivery === "download") return "PUBLISH";
  return isCanceled(status) ? "CANCEL" : "REQUEST";
}

/** The MIME type of an emailed invite: mail clients read the method from it. */
export const bookingIcsContentType = (status: string) => `text/calendar; charset=utf-8; method=${bookingIcsMethod({ status, delivery: "email" })}`;

/** Seconds from creation to the last change: 0 for a new booking, larger after every change (and the same on a re-download). */
export function bookingIcsSequence(booking: { createdAt: Date; updatedAt: Date }): number {
  return Math.max(0, Math.floor((booking.updatedAt.getTime() - booking.createdAt.getTime()) / 1000));
}

const isCanceled = (status: string) => ["CANCELED", "DECLINED", "EXPIRED"].includes(status);

/** The bare address of EMAIL_FROM ("Studio <hello@x.y>" -> "hello@x.y"), as deliver-email sends from it. */
function senderAddress(): string {
  const from = env().EMAIL_FROM;
  return /<([^<>\s]+@[^<>\s]+)>/.exec(from)?.[1] ?? from.trim();
}
