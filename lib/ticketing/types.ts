// Public types of the ticketing core: what the checkout hands to the pure pricing and
// selection rules. Money is always an integer in minor units of one currency.

export interface TicketTypeRules {
  id: string;
  name: string;
  price: number;
  currency: string;
  capacity: number;
  sold: number;
  held: number;
  saleStartsAt: Date | null;
  saleEndsAt: Date | null;
  maxPerOrder: number;
  /** Hidden types are offered only with their unlock code. */
  hidden: boolean;
  unlockCode: string | null;
}

export interface PromoRules {
  id: string;
  code: string;
  kind: "PERCENT" | "AMOUNT";
  /** PERCENT: 1-100; AMOUNT: minor units. */
  value: number;
  /** null: valid for every event of the organization. */
  eventId: string | null;
  maxRedemptions: number | null;
  redemptions: number;
  expiresAt: Date | null;
  active: boolean;
}

export interface PricedLine {
  ticketTypeId: string;
  quantity: number;
  unitPrice: number;
  /** unitPrice * quantity */
  subtotal: number;
  /** Share of the order discount on this line; lines' discounts add up to the order discount. */
  discount: number;
  /** Per-ticket amounts actually paid (refunds use them); they add up to subtotal - discount. */
  ticketAmounts: number[];
}

export interface PricedOrder {
  currency: string;
  lines: PricedLine[];
  subtotal: number;
  discount: number;
  total: number;
  promoCodeId: string | null;
}
