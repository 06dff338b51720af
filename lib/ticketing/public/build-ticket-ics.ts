import { createEvent } from "ics";
import { formatVenue, type EventWhere } from "./load-ticket-order";

type CalendarEvent = EventWhere & { id: string; orgName: string; canceled?: boolean };

/**
 * The .ics entry for an event an attendee holds a ticket to (UTC times: calendars show their own
 * zone). No ORGANIZER: it needs an address (mailto:) and an organization has none; its name is in
 * the description. One UID per event, so a second download (or a cancellation) updates the entry.
 */
export function buildTicketIcs(event: CalendarEvent, ticketUrl: string): string {
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
    description: `${event.orgName} presents ${event.title}.\nYour ticket: ${ticketUrl}`,
    location: formatVenue(event.venue) ?? undefined,
    url: ticketUrl,
    status: event.canceled ? "CANCELLED" : "CONFIRMED",
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar entry");
  return value;
}

const googleTime = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** An "add to Google Calendar" link. Its details carry the public event page, never the ticket code. */
export function googleCalendarUrl(event: EventWhere, eventPageUrl: string): string {
  const params = new URLSearchParams({ action: "TEMPLATE", text: event.title, dates: `${googleTime(event.startsAt)}/${googleTime(event.endsAt)}`, details: eventPageUrl });
  const where = formatVenue(event.venue);
  if (where) params.set("location", where);
  return `https://calendar.google.com/calendar/render?${params}`;
}
