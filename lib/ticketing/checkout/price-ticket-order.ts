import { promoDiscount } from "./apply-promo-code";
import { splitAmount } from "./split-amount";
import type { PricedOrder, PromoRules, TicketTypeRules } from "../types";

/**
 * Prices a checked selection: line subtotals, the promo discount spread over lines and then
 * over single tickets so each ticket knows what it cost (refunds add up to the cent).
 * All types must share one currency.
 */
export function priceTicketOrder(options: { types: readonly Pick<TicketTypeRules, "id" | "price" | "currency">[]; quantities: Readonly<Record<string, number>>; promo?: Pick<PromoRules, "id" | "kind" | "value"> | null }): PricedOrder {
  const chosen = options.types.filter((t) => (options.quantities[t.id] ?? 0) > 0);
  if (chosen.length === 0) throw new RangeError("no tickets chosen");
  const currency = chosen[0].currency;
  if (chosen.some((t) => t.currency !== currency)) throw new RangeError("ticket types of one order must share a currency");

  const subtotals = chosen.map((t) => t.price * options.quantities[t.id]);
  const subtotal = subtotals.reduce((a, s) => a + s, 0);
  const discount = options.promo ? promoDiscount(options.promo, subtotal) : 0;
  const lineDiscounts = splitAmount(discount, subtotals);

  const lines = chosen.map((t, i) => {
    const quantity = options.quantities[t.id];
    const paid = subtotals[i] - lineDiscounts[i];
    return {
      ticketTypeId: t.id,
      quantity,
      unitPrice: t.price,
      subtotal: subtotals[i],
      discount: lineDiscounts[i],
      ticketAmounts: splitAmount(
        paid,
        Array.from({ length: quantity }, () => 1),
      ),
    };
  });
  return { currency, lines, subtotal, discount, total: subtotal - discount, promoCodeId: discount > 0 && options.promo ? options.promo.id : null };
}
