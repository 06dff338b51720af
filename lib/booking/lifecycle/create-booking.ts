import { z } from "zod";
import { type Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { createCheckoutSession, isStripeConfigured } from "@/lib/orders";
import { parseOrThrow } from "@/lib/safe-action";
import { bookingAuditRow } from "./booking-audit";
import { bookingLinks } from "../public/booking-link-token";
import { bookingClientSchema } from "../admin/booking-fields";
import { scheduleBookingHoldExpiry } from "../paid-orders/booking-holds";
import { findOrCreateBookingCustomer } from "./find-or-create-booking-customer";
import { isUnderDailyLimit } from "../slots/check-daily-limit";
import { pickStaffForStart, SLOT_TAKEN_MESSAGE } from "../slots/find-staff-for-slot";
import { isBookingOverlapError } from "./is-booking-overlap-error";
import { loadServiceAvailability } from "../slots/load-slots-for-page";
import { getBlockedInterval } from "../slots/normalize-slot-service";
import { sendBookingConfirmation } from "../notify/send-booking-confirmation";
import { appBaseUrl } from "@/lib/shared/app-url";

// The public booking page, the dashboard's manual booking and the bot's booking node call it.
export interface CreateBookingInput {
  orgId: string;
  serviceId: string;
  /** null: "anyone" who can take the slot. */
  staffMemberId: string | null;
  startsAt: Date;
  client: { name: string; email: string; phone?: string | null; notes?: string | null; timeZone: string };
  source: "public" | "dashboard" | "telegram";
  createdByUserId?: string | null;
  /** Dashboard bookings made by staff skip payment and confirmation. */
  skipPaymentAndConfirmation?: boolean;
  /** Dashboard: book this existing customer of the org instead of finding one by email. */
  customerId?: string | null;
  /** Dashboard: staff may book at short notice (the booking window still applies). */
  ignoreMinimumNotice?: boolean;
  /** Email the client a confirmation (default true). */
  sendConfirmation?: boolean;
  /** Dashboard: the client pays at the venue; records a PAID order without Stripe. */
  paidAtVenue?: boolean;
  /** The signed subscriber ref of a bot link (kept on the booking only when it verifies). */
  botRef?: string | null;
}

export interface CreateBookingResult {
  bookingId: string;
  /** Set when the service needs payment up front: send the client here. */
  checkoutUrl?: string;
  status: "CONFIRMED" | "PENDING_CONFIRMATION" | "PENDING_PAYMENT";
}

/** How long an unpaid booking holds its slot. */
export const PAYMENT_HOLD_MINUTES = 10;

const inputSchema = z.object({
  orgId: z.string().min(1).max(64),
  serviceId: z.string().min(1, "Pick a service").max(64),
  staffMemberId: z.string().min(1).max(64).nullable(),
  startsAt: z.date({ error: "Pick a time" }).refine((d) => !Number.isNaN(d.getTime()), "Pick a time"),
  client: bookingClientSchema,
  source: z.enum(["public", "dashboard", "telegram"]),
  createdByUserId: z.string().max(64).nullish(),
  skipPaymentAndConfirmation: z.boolean().optional(),
  customerId: z.string().min(1).max(64).nullish(),
  ignoreMinimumNotice: z.boolean().optional(),
  sendConfirmation: z.boolean().optional(),
  paidAtVenue: z.boolean().optional(),
  botRef: z.string().max(500).nullish(),
});

/** How long a booking waits for a database connection under a rush before answering "busy". */
const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 };
class DailyLimitReached extends Error {}

/** Throws AppError CONFLICT "This time was just taken" when the slot is gone. */
export async function createBooking(rawInput: CreateBookingInput): Promise<CreateBookingResult> {
  const input = parseOrThrow(inputSchema, rawInput);
  const service = await orgDb(input.orgId).service.findFirst({
    where: { id: input.serviceId, active: true },
    select: { id: true, name: true, price: true, currency: true, durationMinutes: true, bufferBeforeMinutes: true, bufferAfterMinutes: true, requiresPayment: true, requiresConfirmation: true, org: { select: { slug: true } }, slug: true },
  });
  if (!service) throw new AppError("NOT_FOUND", "This service is not available for booking.");
  const skip = input.skipPaymentAndConfirmation === true;
  const needsPayment = !skip && service.requiresPayment && service.price > 0;
  if (needsPayment && !isStripeConfigured()) {
    throw new AppError("NOT_CONFIGURED", "Online payments are not set up for this business yet, so this service cannot be booked online. Please contact the business.");
  }
  const now = new Date();
  const loaded = await loadServiceAvailability(input.orgId, service.id, { from: input.startsAt, to: new Date(input.startsAt.getTime() + 1) });
  const availability = input.ignoreMinimumNotice ? { ...loaded, service: { ...loaded.service, minimumNoticeMinutes: 0 } } : loaded;
  const candidates = pickStaffForStart({ availability, staffMemberId: input.staffMemberId, start: input.startsAt, now });
  const venuePaid = skip && input.paidAtVenue === true && service.price > 0;
  const status = needsPayment ? "PENDING_PAYMENT" : !skip && service.requiresConfirmation ? "PENDING_CONFIRMATION" : "CONFIRMED";
  const blocked = getBlockedInterval({ service, start: input.startsAt });
  const endsAt = new Date(input.startsAt.getTime() + service.durationMinutes * 60_000);

  let booking: { id: string; orderId: string | null } | null = null;
  // "Anyone": the first staff member free at the end of the race gets it.
  for (const staffMemberId of candidates) {
    try {
      booking = await orgDb(input.orgId).$transaction(async (tx) => {
        if (!(await isUnderDailyLimit(tx, { orgId: input.orgId, serviceId: service.id, staffMemberId, start: input.startsAt, availability, now }))) throw new DailyLimitReached();
        const customer = input.customerId
          ? { ...(await existingCustomer(tx, input.orgId, input.customerId)), botRef: null }
          : await findOrCreateBookingCustomer(tx, { orgId: input.orgId, email: input.client.email, name: input.client.name, phone: input.client.phone, ref: input.botRef });
        const order =
          needsPayment || venuePaid
            ? await tx.order.create({
                data: { orgId: input.orgId, customerId: customer.id, kind: "BOOKING", amount: service.price, currency: service.currency, status: venuePaid ? "PAID" : "PENDING", paidAt: venuePaid ? now : null },
                select: { id: true },
              })
            : null;
        return tx.booking.create({
          data: {
            orgId: input.orgId,
            serviceId: service.id,
            staffMemberId,
            customerId: customer.id,
            orderId: order?.id ?? null,
            status,
            startsAt: input.startsAt,
            endsAt,
            blockedFrom: blocked.start,
            blockedUntil: blocked.end,
            clientName: input.client.name,
            clientEmail: input.client.email,
            clientPhone: input.client.phone,
            clientNotes: input.client.notes,
            clientTimeZone: input.client.timeZone,
            source: customer.botRef ? "telegram" : input.source,
            botRef: customer.botRef,
            createdByUserId: input.createdByUserId ?? null,
            holdExpiresAt: needsPayment ? new Date(now.getTime() + PAYMENT_HOLD_MINUTES * 60_000) : null,
            confirmedAt: status === "CONFIRMED" ? now : null,
          },
          select: { id: true, orderId: true },
        });
      }, TX_OPTIONS);
      break;
    } catch (err) {
      if (!isBookingOverlapError(err) && !(err instanceof DailyLimitReached)) throw err;
    }
  }
  if (!booking) throw new AppError("CONFLICT", SLOT_TAKEN_MESSAGE);

  if (needsPayment) {
    const checkoutUrl = await startCheckout({ ...input, booking, service, email: input.client.email });
    await scheduleBookingHoldExpiry(booking.id, new Date(now.getTime() + PAYMENT_HOLD_MINUTES * 60_000));
    return { bookingId: booking.id, status, checkoutUrl };
  }
  if (input.sendConfirmation === false) return { bookingId: booking.id, status };
  try {
    await sendBookingConfirmation(booking.id);
  } catch (err) {
    console.error("[booking] confirmation email failed", booking.id, err); // the booking stands
  }
  return { bookingId: booking.id, status };
}

async function startCheckout(options: { orgId: string; email: string; booking: { id: string; orderId: string | null }; service: { name: string; price: number; currency: string; slug: string; org: { slug: string } } }): Promise<string> {
  const { booking, service } = options;
  const base = appBaseUrl();
  try {
    const session = await createCheckoutSession({
      orgId: options.orgId,
      orderId: booking.orderId!,
      kind: "BOOKING",
      currency: service.currency,
      lines: [{ name: service.name, unitAmount: service.price, quantity: 1 }],
      customerEmail: options.email,
      successUrl: bookingLinks(booking.id).confirmationUrl,
      cancelUrl: `${base}/book/${service.org.slug}/${service.slug}?canceled=${bookingLinks(booking.id).token}`,
    });
    return session.url;
  } catch (err) {
    // No checkout, no hold: free the slot at once.
    const scoped = orgDb(options.orgId);
    await scoped.$transaction([
      scoped.booking.update({ where: { id: booking.id }, data: { status: "EXPIRED", holdExpiresAt: null } }),
      scoped.order.update({ where: { id: booking.orderId! }, data: { status: "CANCELED" } }),
      scoped.auditLog.create({ data: bookingAuditRow({ orgId: options.orgId, by: "system", action: "booking.expired", bookingId: booking.id, data: { from: "PENDING_PAYMENT", to: "EXPIRED", reason: "The payment could not be started" } }) }),
    ]);
    throw err;
  }
}

async function existingCustomer(tx: Prisma.TransactionClient, orgId: string, customerId: string): Promise<{ id: string }> {
  // `tx` is an orgDb(orgId) transaction (the one caller above): the org is ANDed into the where.
  const customer = await tx.customer.findFirst({ where: { id: customerId }, select: { id: true } });
  if (!customer) throw new AppError("NOT_FOUND", "This customer was not found.", { customerId: "Pick a customer from the search" });
  return customer;
}
