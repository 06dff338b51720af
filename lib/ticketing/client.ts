// The ticketing area's browser-safe public entry: what client components may import.
// Server code imports @/lib/ticketing, which re-exports this too.
export type { CheckInView } from "./check-in/check-in-view";
export type { CheckInCounts } from "./check-in/get-check-in-counts";
export type { RecentCheckIn } from "./check-in/list-recent-check-ins";
export { priceTicketOrder } from "./checkout/price-ticket-order";
export type { PublicTicketType } from "./checkout/public-ticket-types";
export { type EventTransition, eventTransitions } from "./events/event-workflow";
export type { PromoCodeFormValues } from "./promo-codes/list-promo-codes";
export type { SalesPoint } from "./sales/build-sales-series";
export type { TypeSales } from "./sales/get-event-sales";
export type { TicketTypeFormValues } from "./ticket-types/list-ticket-types";
export type { PromoRules } from "./types";
