import { createEvent } from "ics";
import { formatVenue, type EventWhere } from "./load-ticket-order";

/** The .ics entry for an event an attendee holds a ticket to (UTC times: calendars show their own zone). */
export function buildTicketIcs(event: EventWhere & { id: string; orgName: string }, ticketUrl: string): string {
  const { error, value } = createEvent({
    uid: `event-${event.id}@frontdesk`,
    productId: "frontdesk/tickets",
    method: "PUBLISH",
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: event.title,
    description: `Your ticket: ${ticketUrl}`,
    location: formatVenue(event.venue) ?? undefined,
    url: ticketUrl,
    status: "CONFIRMED",
    organizer: { name: event.orgName },
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar entry");
  return value;
}
