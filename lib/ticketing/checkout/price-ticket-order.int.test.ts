import { describe, expect, it } from "vitest";
import { priceTicketOrder } from "./price-ticket-order";
import { promo, ticketType } from "../../../test/ticketing-helpers";

const general = ticketType({ id: "ga", price: 2500 });
const vip = ticketType({ id: "vip", price: 9999 });
const free = ticketType({ id: "free", price: 0 });

function sum(xs: number[]) {
  return xs.reduce((a, x) => a + x, 0);
}

describe("priceTicketOrder", () => {
  it("adds line subtotals without a promo", () => {
    const order = priceTicketOrder({ types: [general, vip], quantities: { ga: 2, vip: 1 } });
    expect(order).toMatchObject({ currency: "EUR", subtotal: 14999, discount: 0, total: 14999, promoCodeId: null });
    expect(order.lines.map((l) => l.ticketAmounts)).toEqual([[2500, 2500], [9999]]);
  });

  it("rounds a percent discount half up on the order and spreads it to the cent", () => {
    // 15% of 14999 = 2249.85 -> 2250
    const order = priceTicketOrder({ types: [general, vip], quantities: { ga: 2, vip: 1 }, promo: promo({ value: 15 }) });
    expect(order.discount).toBe(2250);
    expect(order.total).toBe(12749);
    expect(sum(order.lines.map((l) => l.discount))).toBe(2250);
    expect(sum(order.lines.flatMap((l) => l.ticketAmounts))).toBe(order.total);
    for (const line of order.lines) expect(sum(line.ticketAmounts)).toBe(line.subtotal - line.discount);
  });

  it("caps an amount-off code at the subtotal: never a negative total", () => {
    const order = priceTicketOrder({ types: [general], quantities: { ga: 1 }, promo: promo({ kind: "AMOUNT", value: 5000 }) });
    expect(order).toMatchObject({ subtotal: 2500, discount: 2500, total: 0, promoCodeId: "promo" });
    expect(order.lines[0].ticketAmounts).toEqual([0]);
  });

  it("keeps per-ticket amounts within a cent of each other and summing exactly", () => {
    const order = priceTicketOrder({ types: [general], quantities: { ga: 3 }, promo: promo({ kind: "AMOUNT", value: 100 }) });
    expect(order.total).toBe(7400);
    expect(order.lines[0].ticketAmounts).toEqual([2467, 2467, 2466]);
  });

  it("prices free tickets at zero and records no promo on them", () => {
    const order = priceTicketOrder({ types: [free], quantities: { free: 2 }, promo: promo() });
    expect(order).toMatchObject({ total: 0, discount: 0, promoCodeId: null });
  });

  it("ignores types with quantity 0 and refuses an empty or mixed-currency order", () => {
    expect(priceTicketOrder({ types: [general, vip], quantities: { ga: 1, vip: 0 } }).lines).toHaveLength(1);
    expect(() => priceTicketOrder({ types: [general], quantities: {} })).toThrow(RangeError);
    expect(() => priceTicketOrder({ types: [general, ticketType({ id: "usd", currency: "USD" })], quantities: { ga: 1, usd: 1 } })).toThrow(/currency/);
  });
});
