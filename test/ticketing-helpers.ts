import type { PromoRules, TicketTypeRules } from "../lib/ticketing/types";

export function ticketType(overrides: Partial<TicketTypeRules> = {}): TicketTypeRules {
  return {
    id: "general",
    name: "General admission",
    price: 2500,
    currency: "EUR",
    capacity: 100,
    sold: 0,
    held: 0,
    saleStartsAt: null,
    saleEndsAt: null,
    maxPerOrder: 10,
    hidden: false,
    unlockCode: null,
    ...overrides,
  };
}

export function promo(overrides: Partial<PromoRules> = {}): PromoRules {
  return { id: "promo", code: "SPRING", kind: "PERCENT", value: 10, eventId: null, maxRedemptions: null, redemptions: 0, expiresAt: null, active: true, ...overrides };
}
