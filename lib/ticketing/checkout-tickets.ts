import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { linkPurchaseToSubscriber } from "@/lib/bots/link-purchase-to-subscriber";
import { createCheckoutSession, isStripeConfigured } from "@/lib/payments/create-checkout-session";
import { parseOrThrow } from "@/lib/safe-action";
import { checkTicketSelection } from "./check-ticket-selection";
import { throughCheckoutGate } from "./checkout-gate";
import { checkoutSchema, seatsOf, type CheckoutInput } from "./checkout-fields";
import { scheduleTicketHoldExpiry } from "./expire-ticket-hold";
import { findEventPromo } from "./find-event-promo";
import { holdTickets, soldOutError } from "./hold-tickets";
import { ticketRows } from "./issue-tickets";
import { loadEventForCheckout } from "./load-public-event";
import { absoluteUrl, orderLinkToken, orderPagePath } from "./order-link-token";
import { priceTicketOrder } from "./price-ticket-order";
import { queueTelegramTickets } from "./queue-telegram-tickets";
import { redeemPromoCode } from "./redeem-promo-code";
import { recentlySoldOut } from "./sold-out-memo";
import { releaseTicketHold } from "./release-ticket-hold";
import { queueTicketEmails } from "./send-ticket-emails";

/** How long a paid order holds its seats while the buyer pays. */
export const HOLD_MINUTES = 15;

export const PAYMENTS_NOT_SET_UP = "Online payments are not set up for this event yet, so paid tickets cannot be bought online. Free tickets work.";

export const MIXED_CURRENCIES = "These tickets are priced in different currencies: please buy them in separate orders.";

type Event = NonNullable<Awaited<ReturnType<typeof loadEventForCheckout>>>;

export type CheckoutResult = { orderId: string; status: "PAID" | "PENDING"; redirectUrl: string };

// The public checkout (the event page's form, the JSON endpoint, the bench): rules first (400),
// then seats and the promo code atomically in one transaction (409 when gone), then a free order
// is fulfilled at once and a paid one goes to Stripe Checkout with its seats held 15 minutes.
export async function checkoutTickets(options: { slug: string; input: unknown; now?: Date }): Promise<CheckoutResult> {
  const input = parseOrThrow(checkoutSchema, options.input);
  throwIfRecentlySoldOut(Object.keys(input.quantities).filter((id) => input.quantities[id] > 0));
  const event = await loadEventForCheckout(options.slug);
  if (!event) throw new AppError("NOT_FOUND", "This event is not on sale.");
  const now = options.now ?? new Date();
  checkRules(event, input, now);
  checkStock(event, input);
  const promo = input.promoCode ? await findEventPromo({ orgId: event.orgId, eventId: event.id, code: input.promoCode, now, buyerEmail: input.buyer.email }) : null;
  const priced = priceOrder(event, input, promo);
  if (priced.total > 0 && !isStripeConfigured()) throw new AppError("NOT_CONFIGURED", PAYMENTS_NOT_SET_UP);
  const names = new Map(event.ticketTypes.map((t) => [t.id, t.name]));
  const seatCounts = priced.lines.map((l) => ({ ticketTypeId: l.ticketTypeId, quantity: l.quantity, name: names.get(l.ticketTypeId)! }));
  const free = priced.total === 0;
  const holdExpiresAt = new Date(now.getTime() + HOLD_MINUTES * 60_000);

  const seats = seatsOf(input, priced.lines.map((l) => l.ticketTypeId));

  // The seats are taken last, so the ticket types' row locks are held for as short as possible
  // (a rush queues on them); the rest of the order rolls back with them when they are gone.
  const orderId = await throughCheckoutGate(() =>
    db.$transaction(
    async (tx) => {
      // Sold out while this one waited at the gate: answer without queueing on the row lock.
      throwIfRecentlySoldOut(seatCounts.map((c) => c.ticketTypeId));
      // A bot link's ref joins the order to that subscriber's customer; only a verified ref is kept.
      const customer = await linkPurchaseToSubscriber(tx, { orgId: event.orgId, ref: input.ref, email: input.buyer.email, name: input.buyer.name, source: "TICKETING" });
      const items = priced.lines.map((l) => ({ ticketTypeId: l.ticketTypeId, quantity: l.quantity, unitPrice: l.unitPrice, discount: l.discount }));
      const order = await tx.order.create({
        data: {
          orgId: event.orgId, customerId: customer.id, kind: "TICKET", amount: priced.total, currency: priced.currency, status: free ? "PAID" : "PENDING", paidAt: free ? now : null,
          eventId: event.id, promoCodeId: priced.promoCodeId, discount: priced.discount, holdExpiresAt: free ? null : holdExpiresAt, buyerName: input.buyer.name, buyerEmail: input.buyer.email,
          attendees: seats, botRef: customer.botRef, items: { createMany: { data: items } },
        },
        select: { id: true },
      });
      if (free) {
        await tx.ticket.createMany({ data: ticketRows({ orgId: event.orgId, orderId: order.id, eventId: event.id, items, seats, buyer: input.buyer }) });
        if (customer.botRef) await queueTelegramTickets({ tx, orgId: event.orgId, orderId: order.id });
      }
      if (priced.promoCodeId) await redeemPromoCode(tx, { orgId: event.orgId, promoCodeId: priced.promoCodeId, eventId: event.id, now });
      // Everything else is written first: the lock is held only from here to COMMIT.
      await holdTickets(tx, { orgId: event.orgId, seats: seatCounts, column: free ? "sold" : "held" });
      return order.id;
    },
    { maxWait: 15_000, timeout: 15_000 },
  ));

  if (free) {
    // A rush of free orders must not wait on rendering QR codes: the emails are a job.
    await queueTicketEmails({ orgId: event.orgId, orderId }).catch((err) => console.error("[tickets] could not queue ticket emails", orderId, err)); // the order stands
    return { orderId, status: "PAID", redirectUrl: orderPagePath(event.slug, orderId) };
  }
  const url = await startCheckout(event, orderId, priced, input.buyer.email);
  // The once-a-minute sweep expires the hold should this job not be queued.
  await scheduleTicketHoldExpiry(orderId, holdExpiresAt).catch((err) => console.error("[tickets] could not schedule hold expiry", orderId, err));
  return { orderId, status: "PENDING", redirectUrl: url };
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

function checkStock(event: Event, input: CheckoutInput): void {
  const chosen = event.ticketTypes.filter((t) => (input.quantities[t.id] ?? 0) > 0);
  const short = chosen.find((t) => input.quantities[t.id] > t.capacity - t.sold - t.held);
  if (!short) return;
  const remaining = Object.fromEntries(chosen.map((t) => [t.id, Math.max(0, t.capacity - t.sold - t.held)]));
  throw soldOutError(chosen.map((t) => ({ ticketTypeId: t.id, name: t.name })), short.id, remaining);
}

async function startCheckout(event: Event, orderId: string, priced: ReturnType<typeof priceTicketOrder>, email: string): Promise<string> {
  const names = new Map(event.ticketTypes.map((t) => [t.id, t.name]));
  // One line per ticket type at its discounted total: Stripe's sum is the order's to the cent.
  const lines = priced.lines
    .map((l) => ({ name: `${event.title}: ${l.quantity} × ${names.get(l.ticketTypeId)}`, unitAmount: l.subtotal - l.discount, quantity: 1 }))
    .filter((l) => l.unitAmount > 0);
  try {
    const session = await createCheckoutSession({
      orgId: event.orgId, orderId, kind: "TICKET", currency: priced.currency, lines, customerEmail: email,
      successUrl: absoluteUrl(orderPagePath(event.slug, orderId)), cancelUrl: absoluteUrl(`/e/${event.slug}/canceled?order=${orderId}.${orderLinkToken(orderId)}`),
    });
    return session.url;
  } catch (err) {
    // No checkout, no hold: the seats go back to sale at once.
    await db.$transaction((tx) => releaseTicketHold(tx, { orgId: event.orgId, orderId, status: "CANCELED" }));
    throw err;
  }
}
