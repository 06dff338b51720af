import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { linkPurchaseToSubscriber } from "@/lib/bots";
import { verifySubscriberRef } from "@/lib/bots";
import { createCheckoutSession, isStripeConfigured } from "@/lib/orders";
import { parseOrThrow } from "@/lib/safe-action";
import { checkTicketSelection } from "./check-ticket-selection";
import { throughCheckoutGate } from "./checkout-gate";
import { checkoutSchema, seatsOf, type CheckoutInput } from "./checkout-fields";
import { scheduleTicketHoldExpiry } from "../paid-orders/expire-ticket-hold";
import { EVENT_CANCELED, EVENT_ENDED, eventSaleState } from "./event-sale-state";
import { findEventPromo } from "./find-event-promo";
import { soldOutError, type SeatCount } from "./hold-tickets";
import { loadEventForCheckout } from "../public/load-public-event";
import { orderLinkToken, orderPagePath } from "../public/order-link-token";
import { appUrl } from "@/lib/shared/app-url";
import { priceTicketOrder } from "./price-ticket-order";
import { placeTicketOrder } from "./place-ticket-order";
import { PROMO_USED_UP } from "./redeem-promo-code";
import { recentlySoldOut, rememberSoldOut } from "./sold-out-memo";
import { releaseTicketHold } from "./release-ticket-hold";
import { queueTicketEmails } from "../tickets/send-ticket-emails";

/** How long a paid order holds its seats while the buyer pays. */
export const HOLD_MINUTES = 15;

export const PAYMENTS_NOT_SET_UP = "Online payments are not set up for this event yet, so paid tickets cannot be bought online. Free tickets work.";

export const MIXED_CURRENCIES = "These tickets are priced in different currencies: please buy them in separate orders.";

type Event = NonNullable<Awaited<ReturnType<typeof loadEventForCheckout>>>;

export type CheckoutResult = { orderId: string; status: "PAID" | "PENDING"; redirectUrl: string };

// The public checkout (the event page's form, the JSON endpoint, the bench): rules first (400),
// then seats, promo code, order and (free) tickets in one statement (409 when gone), then a free
// order's emails are a job and a paid one goes to Stripe Checkout with its seats held 15 minutes.
export async function checkoutTickets(options: { slug: string; input: unknown; now?: Date }): Promise<CheckoutResult> {
  const input = parseOrThrow(checkoutSchema, options.input);
  throwIfRecentlySoldOut(Object.keys(input.quantities).filter((id) => input.quantities[id] > 0));
  const event = await loadEventForCheckout(options.slug);
  if (!event) throw new AppError("NOT_FOUND", "This event is not on sale.");
  const now = options.now ?? new Date();
  checkOnSale(event, now);
  checkRules(event, input, now);
  checkStock(event, input);
  const promo = input.promoCode ? await findEventPromo({ orgId: event.orgId, eventId: event.id, code: input.promoCode, now, buyerEmail: input.buyer.email }) : null;
  const priced = priceOrder(event, input, promo);
  if (priced.total > 0 && !isStripeConfigured()) throw new AppError("NOT_CONFIGURED", PAYMENTS_NOT_SET_UP);
  const names = new Map(event.ticketTypes.map((t) => [t.id, t.name]));
  const seatCounts = priced.lines.map((l) => ({ ticketTypeId: l.ticketTypeId, quantity: l.quantity, name: names.get(l.ticketTypeId)! }));
  const free = priced.total === 0;
  const holdExpiresAt = new Date(now.getTime() + HOLD_MINUTES * 60_000);

  const seats = seatsOf(
    input,
    priced.lines.map((l) => l.ticketTypeId),
  );
  // A verified bot link joins the order to that subscriber's customer (its own short transaction,
  // before any seat is locked, kept even if the seats are then gone: the person did come from the
  // bot); otherwise the seat statement upserts the buyer's email customer.
  const linked = verifySubscriberRef(input.ref) ? await db.$transaction((tx) => linkPurchaseToSubscriber(tx, { orgId: event.orgId, ref: input.ref, email: input.buyer.email, name: input.buyer.name, source: "TICKETING" })) : null;
  const items = priced.lines.map((l) => ({ ticketTypeId: l.ticketTypeId, quantity: l.quantity, unitPrice: l.unitPrice, discount: l.discount }));
  const placed = await throughCheckoutGate(() => {
    // Sold out while this one waited at the gate: answered without a statement.
    throwIfRecentlySoldOut(seatCounts.map((c) => c.ticketTypeId));
    return placeTicketOrder({
      orgId: event.orgId,
      eventId: event.id,
      customerId: linked?.id ?? null,
      buyer: input.buyer,
      free,
      amount: priced.total,
      currency: priced.currency,
      discount: priced.discount,
      promoCodeId: priced.promoCodeId,
      holdExpiresAt: free ? null : holdExpiresAt,
      botRef: linked?.botRef ?? null,
      now,
      items,
      seats,
    });
  });
  if (placed.orderId === null) throw notPlacedError(placed, seatCounts);
  const orderId = placed.orderId;
  rememberSoldOut(placed.left, names);

  if (free) {
    // A rush of free orders must not wait on rendering QR codes: the emails (and the bot message) are a job.
    await queueTicketEmails({ orgId: event.orgId, orderId }).catch((err) => console.error("[tickets] could not queue ticket emails", orderId, err)); // the order stands
    return { orderId, status: "PAID", redirectUrl: orderPagePath(event.slug, orderId) };
  }
  const url = await startCheckout(event, orderId, priced, input.buyer.email);
  // The once-a-minute sweep expires the hold should this job not be queued.
  await scheduleTicketHoldExpiry(orderId, holdExpiresAt).catch((err) => console.error("[tickets] could not schedule hold expiry", orderId, err));
  return { orderId, status: "PENDING", redirectUrl: url };
}

// An event sells until it ends (the statement checks again, under the seat locks).
function checkOnSale(event: Event, now: Date): void {
  const state = eventSaleState(event, now);
  if (state === "ENDED") throw new AppError("CONFLICT", EVENT_ENDED);
  if (state === "CANCELED") throw new AppError("CONFLICT", EVENT_CANCELED);
}

// Field errors for what the rules refuse whatever the stock (capacity is the hold's to decide).
function checkRules(event: Event, input: CheckoutInput, now: Date): void {
  const types = event.ticketTypes.map((t) => ({ ...t, sold: 0, held: 0 }));
  const problems = checkTicketSelection({ types, quantities: input.quantities, unlockCode: input.unlockCode, now });
  if (problems.length === 0) return;
  const fields = Object.fromEntries(problems.map((p) => [p.ticketTypeId ? `quantities.${p.ticketTypeId}` : "quantities", p.message]));
  throw new AppError("BAD_INPUT", problems[0].message, fields);
}

function priceOrder(event: Event, input: CheckoutInput, promo: Parameters<typeof priceTicketOrder>[0]["promo"]) {
  try {
    return priceTicketOrder({ types: event.ticketTypes, quantities: input.quantities, promo });
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    throw new AppError("BAD_INPUT", MIXED_CURRENCIES, { quantities: MIXED_CURRENCIES });
  }
}

// A rush's late buyers get their sold-out answer without a transaction: from what this process
// saw a moment ago, or from the counts just read. Otherwise the conditional UPDATE decides.
function throwIfRecentlySoldOut(ticketTypeIds: string[]): void {
  const gone = recentlySoldOut(ticketTypeIds);
  if (gone) throw soldOutError([{ ticketTypeId: gone.id, name: gone.name }], gone.id, { [gone.id]: 0 });
}

// Seats gone (or the promo code used up) by the time the statement ran: nothing was written.
function notPlacedError(placed: { left: Record<string, number>; promoUsedUp: boolean }, seats: SeatCount[]): AppError {
  if (placed.promoUsedUp) return new AppError("CONFLICT", PROMO_USED_UP, { promoCode: PROMO_USED_UP });
  const missed = [...seats].sort((a, b) => (a.ticketTypeId < b.ticketTypeId ? -1 : 1)).find((s) => placed.left[s.ticketTypeId] < s.quantity) ?? seats[0];
  return soldOutError(seats, missed.ticketTypeId, placed.left);
}

function checkStock(event: Event, input: CheckoutInput): void {
  const chosen = event.ticketTypes.filter((t) => (input.quantities[t.id] ?? 0) > 0);
  const short = chosen.find((t) => input.quantities[t.id] > t.capacity - t.sold - t.held);
  if (!short) return;
  const remaining = Object.fromEntries(chosen.map((t) => [t.id, Math.max(0, t.capacity - t.sold - t.held)]));
  throw soldOutError(
    chosen.map((t) => ({ ticketTypeId: t.id, name: t.name })),
    short.id,
    remaining,
  );
}

async function startCheckout(event: Event, orderId: string, priced: ReturnType<typeof priceTicketOrder>, email: string): Promise<string> {
  const names = new Map(event.ticketTypes.map((t) => [t.id, t.name]));
  // One line per ticket type at its discounted total: Stripe's sum is the order's to the cent.
  const lines = priced.lines.map((l) => ({ name: `${event.title}: ${l.quantity} × ${names.get(l.ticketTypeId)}`, unitAmount: l.subtotal - l.discount, quantity: 1 })).filter((l) => l.unitAmount > 0);
  try {
    const session = await createCheckoutSession({
      orgId: event.orgId,
      orderId,
      kind: "TICKET",
      currency: priced.currency,
      lines,
      customerEmail: email,
      successUrl: appUrl(orderPagePath(event.slug, orderId)),
      cancelUrl: appUrl(`/e/${event.slug}/canceled?order=${orderId}.${orderLinkToken(orderId)}`),
    });
    return session.url;
  } catch (err) {
    // No checkout, no hold: the seats go back to sale at once.
    await db.$transaction((tx) => releaseTicketHold(tx, { orgId: event.orgId, orderId, status: "CANCELED" }));
    throw err;
  }
}
