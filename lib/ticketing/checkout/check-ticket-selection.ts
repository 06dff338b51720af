import type { TicketTypeRules } from "../types";

// What a buyer may pick, before any seat is held: on sale, within the per-order limit, hidden
// types only with their code. Capacity is checked again atomically when seats are held.

export type TicketTypeState = "ON_SALE" | "NOT_YET_ON_SALE" | "SALE_ENDED" | "SOLD_OUT";

export function ticketTypeState(type: TicketTypeRules, now: Date): TicketTypeState {
  if (type.saleStartsAt && now < type.saleStartsAt) return "NOT_YET_ON_SALE";
  if (type.saleEndsAt && now >= type.saleEndsAt) return "SALE_ENDED";
  if (type.sold + type.held >= type.capacity) return "SOLD_OUT";
  return "ON_SALE";
}

/** Types the public page shows: visible ones, plus hidden ones the code unlocks. */
export function visibleTicketTypes<T extends TicketTypeRules>(types: readonly T[], unlockCode?: string | null): T[] {
  const code = unlockCode?.trim().toLowerCase();
  return types.filter((t) => !t.hidden || (!!code && t.unlockCode?.trim().toLowerCase() === code));
}

export interface SelectionProblem {
  ticketTypeId: string | null;
  message: string;
}

/**
 * Checks quantities against the rules and returns every problem (empty: fine). Quantities of
 * types not offered to this buyer (unknown, or hidden without the code) are problems too.
 */
export function checkTicketSelection(options: { types: readonly TicketTypeRules[]; quantities: Readonly<Record<string, number>>; unlockCode?: string | null; now: Date }): SelectionProblem[] {
  const offered = new Map(visibleTicketTypes(options.types, options.unlockCode).map((t) => [t.id, t]));
  const problems: SelectionProblem[] = [];
  let total = 0;
  for (const [id, quantity] of Object.entries(options.quantities)) {
    if (quantity === 0) continue;
    const type = offered.get(id);
    if (!type) {
      problems.push({ ticketTypeId: id, message: "This ticket type is not available." });
      continue;
    }
    if (!Number.isInteger(quantity) || quantity < 0) {
      problems.push({ ticketTypeId: id, message: "Choose a whole number of tickets." });
      continue;
    }
    total += quantity;
    const state = ticketTypeState(type, options.now);
    const left = Math.max(0, type.capacity - type.sold - type.held);
    if (state === "NOT_YET_ON_SALE") problems.push({ ticketTypeId: id, message: `${type.name} is not on sale yet.` });
    else if (state === "SALE_ENDED") problems.push({ ticketTypeId: id, message: `Sales of ${type.name} have ended.` });
    else if (state === "SOLD_OUT") problems.push({ ticketTypeId: id, message: `${type.name} is sold out.` });
    else if (quantity > type.maxPerOrder) problems.push({ ticketTypeId: id, message: `At most ${type.maxPerOrder} ${type.name} tickets per order.` });
    else if (quantity > left) problems.push({ ticketTypeId: id, message: `Only ${left} ${type.name} ${left === 1 ? "ticket is" : "tickets are"} left.` });
  }
  if (total === 0 && problems.length === 0) problems.push({ ticketTypeId: null, message: "Choose at least one ticket." });
  return problems;
}
