import { describe, expect, it } from "vitest";
import { checkPromoCode, promoDiscount } from "./apply-promo-code";
import { checkTicketSelection, ticketTypeState, visibleTicketTypes } from "./check-ticket-selection";
import { promo, ticketType } from "../../../test/ticketing-helpers";

const now = new Date("2026-11-22T12:00:00Z");
const later = new Date("2026-12-01T00:00:00Z");
const earlier = new Date("2026-11-01T00:00:00Z");

describe("ticketTypeState", () => {
  it("knows not-yet-on-sale, ended and sold-out (held seats count)", () => {
    expect(ticketTypeState(ticketType(), now)).toBe("ON_SALE");
    expect(ticketTypeState(ticketType({ saleStartsAt: later }), now)).toBe("NOT_YET_ON_SALE");
    expect(ticketTypeState(ticketType({ saleEndsAt: earlier }), now)).toBe("SALE_ENDED");
    expect(ticketTypeState(ticketType({ saleEndsAt: now }), now)).toBe("SALE_ENDED");
    expect(ticketTypeState(ticketType({ capacity: 10, sold: 7, held: 3 }), now)).toBe("SOLD_OUT");
  });
});

describe("visibleTicketTypes", () => {
  const types = [ticketType({ id: "ga" }), ticketType({ id: "crew", hidden: true, unlockCode: "Backstage" })];
  it("shows hidden types only with their code, case and spaces ignored", () => {
    expect(visibleTicketTypes(types).map((t) => t.id)).toEqual(["ga"]);
    expect(visibleTicketTypes(types, "wrong").map((t) => t.id)).toEqual(["ga"]);
    expect(visibleTicketTypes(types, " backstage ").map((t) => t.id)).toEqual(["ga", "crew"]);
  });
});

describe("checkTicketSelection", () => {
  const types = [ticketType({ id: "ga", maxPerOrder: 4, capacity: 50, sold: 48 }), ticketType({ id: "early", name: "Early bird", saleEndsAt: earlier }), ticketType({ id: "crew", hidden: true, unlockCode: "BACKSTAGE" })];

  it("accepts a valid selection", () => {
    expect(checkTicketSelection({ types, quantities: { ga: 2 }, now })).toEqual([]);
  });

  it("asks for at least one ticket", () => {
    expect(checkTicketSelection({ types, quantities: { ga: 0 }, now })).toEqual([{ ticketTypeId: null, message: "Choose at least one ticket." }]);
  });

  it("says how many are left, and refuses over the per-order limit", () => {
    expect(checkTicketSelection({ types, quantities: { ga: 3 }, now })[0].message).toBe("Only 2 General admission tickets are left.");
    expect(checkTicketSelection({ types: [ticketType({ maxPerOrder: 4 })], quantities: { general: 5 }, now })[0].message).toBe("At most 4 General admission tickets per order.");
  });

  it("refuses ended sales, fractional or negative quantities, unknown and locked hidden types", () => {
    expect(checkTicketSelection({ types, quantities: { early: 1 }, now })[0].message).toBe("Sales of Early bird have ended.");
    expect(checkTicketSelection({ types, quantities: { ga: 1.5 }, now })[0].message).toBe("Choose a whole number of tickets.");
    expect(checkTicketSelection({ types, quantities: { ga: -1 }, now })[0].message).toBe("Choose a whole number of tickets.");
    expect(checkTicketSelection({ types, quantities: { nope: 1 }, now })[0].message).toBe("This ticket type is not available.");
    expect(checkTicketSelection({ types, quantities: { crew: 1 }, now })[0].message).toBe("This ticket type is not available.");
    expect(checkTicketSelection({ types, quantities: { crew: 1 }, unlockCode: "backstage", now })).toEqual([]);
  });
});

describe("promo codes", () => {
  it("checks active, event scope, expiry and redemptions", () => {
    expect(checkPromoCode(promo(), "e1", now)).toEqual({ ok: true });
    expect(checkPromoCode(promo({ active: false }), "e1", now)).toMatchObject({ ok: false });
    expect(checkPromoCode(promo({ eventId: "e2" }), "e1", now)).toEqual({ ok: false, message: "This promo code is not valid for this event." });
    expect(checkPromoCode(promo({ eventId: "e1" }), "e1", now)).toEqual({ ok: true });
    expect(checkPromoCode(promo({ expiresAt: now }), "e1", now)).toEqual({ ok: false, message: "This promo code has expired." });
    expect(checkPromoCode(promo({ maxRedemptions: 3, redemptions: 3 }), "e1", now)).toEqual({ ok: false, message: "This promo code has been used up." });
  });

  it("computes percent (half up) and amount discounts, never above the subtotal", () => {
    expect(promoDiscount({ kind: "PERCENT", value: 10 }, 1005)).toBe(101); // 100.5 -> 101
    expect(promoDiscount({ kind: "PERCENT", value: 100 }, 1234)).toBe(1234);
    expect(promoDiscount({ kind: "AMOUNT", value: 500 }, 300)).toBe(300);
    expect(promoDiscount({ kind: "AMOUNT", value: 500 }, 0)).toBe(0);
  });
});
