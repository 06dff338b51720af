// Whether an event still sells tickets, from the clock alone (the public page is cached for
// seconds, so it must not wait for an organizer edit to say "over"). Sales run until the event
// ends: late arrivals can still buy once it has started; a ticket type's own sale window may
// close earlier.
export type EventSaleState = "UPCOMING" | "STARTED" | "ENDED" | "CANCELED";

export function eventSaleState(event: { status: string; startsAt: Date; endsAt: Date }, now: Date): EventSaleState {
  if (event.status === "CANCELED") return "CANCELED";
  if (now >= event.endsAt) return "ENDED";
  return now >= event.startsAt ? "STARTED" : "UPCOMING";
}

export const EVENT_ENDED = "This event is over: tickets are no longer sold.";
export const EVENT_CANCELED = "This event has been canceled: tickets are no longer sold.";
/** The checkout statement's own refusal (the event ended or was canceled after it was read). */
export const EVENT_NOT_ON_SALE = "This event is no longer on sale: it is over or has been canceled.";
