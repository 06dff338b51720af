import { formatDateTime } from "@/lib/format";
import { uploadUrl } from "@/lib/uploads/upload-paths";
import { ticketTypeState, visibleTicketTypes, type TicketTypeState } from "./check-ticket-selection";
import type { PublicEvent } from "../public/load-public-event";

// What the event page's form gets about each ticket type it may offer: no capacity, no unlock
// codes, only what a buyer sees (price, state, how many are left, when sales open in the event's zone).
export type PublicTicketType = { id: string; name: string; description: string | null; price: number; currency: string; state: TicketTypeState; remaining: number; maxPerOrder: number; onSaleFrom: string | null; unlocked: boolean };

export function publicTicketTypes(event: PublicEvent, unlockCode: string | null, now: Date): PublicTicketType[] {
  return visibleTicketTypes(event.ticketTypes, unlockCode).map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    price: t.price,
    currency: t.currency,
    maxPerOrder: t.maxPerOrder,
    unlocked: t.hidden,
    state: ticketTypeState(t, now),
    remaining: Math.max(0, t.capacity - t.sold - t.held),
    onSaleFrom: t.saleStartsAt ? formatDateTime(t.saleStartsAt, event.timeZone, { zone: true }) : null,
  }));
}

/** A cover or lineup image path as stored by the organizer UI: an absolute URL or a path under /uploads. */
export function imageUrl(path: string | null): string | null {
  if (!path) return null;
  return /^(https?:)?\//.test(path) ? path : uploadUrl(path);
}
