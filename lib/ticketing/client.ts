// The ticketing area's browser-safe public entry: what client components may import.
// Server code imports @/lib/ticketing, which re-exports this too.
export { type CheckInView, toCheckInView } from "./check-in/check-in-view";
export { type CheckInCounts, getCheckInCounts } from "./check-in/get-check-in-counts";
export { listRecentCheckIns, type RecentCheckIn } from "./check-in/list-recent-check-ins";
export { priceTicketOrder } from "./checkout/price-ticket-order";
export { imageUrl, type PublicTicketType, publicTicketTypes } from "./checkout/public-ticket-types";
export { availableTransitions, type EventTransition, eventTransitions, publishBlockers, statusLabels } from "./events/event-workflow";
export { listPromoCodeOptions, listPromoCodes, type PromoCodeFormValues, type PromoCodeRow, promoCodeToForm } from "./promo-codes/list-promo-codes";
export { type SalesPoint } from "./sales/build-sales-series";
export { getEventSales, type TypeSales } from "./sales/get-event-sales";
export { listTicketTypes, type TicketTypeFormValues, ticketTypeToForm } from "./ticket-types/list-ticket-types";
export { type PromoRules } from "./types";
