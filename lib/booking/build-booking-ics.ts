import { createEvent } from "ics";
import type { BookingDetails } from "./load-booking-details";

/** The .ics invite for a booking (UTC times: every calendar shows them in its own zone). */
export function buildBookingIcs(booking: BookingDetails, manageUrl: string): string {
  const canceled = ["CANCELED", "DECLINED", "EXPIRED"].includes(booking.status);
  const { error, value } = createEvent({
    uid: `booking-${booking.id}@frontdesk`,
    productId: "frontdesk/booking",
    method: canceled ? "CANCEL" : "PUBLISH",
    // A reschedule or cancel must supersede the earlier invite in the client's calendar.
    sequence: Math.floor(Date.now() / 1000),
    start: booking.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: booking.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: `${booking.service.name} with ${booking.staffMember.name}`,
    description: `${booking.service.name} at ${booking.org.name} with ${booking.staffMember.name}.\nCancel or reschedule: ${manageUrl}`,
    url: manageUrl,
    status: canceled ? "CANCELLED" : booking.status === "CONFIRMED" ? "CONFIRMED" : "TENTATIVE",
    organizer: { name: booking.org.name },
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar invite");
  return value;
}
