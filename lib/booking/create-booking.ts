import { z } from "zod";
import { db } from "@/lib/db/client";
import { isExclusionViolation } from "@/lib/db/is-exclusion-violation";
import { AppError } from "@/lib/errors";
import { createCheckoutSession, isStripeConfigured } from "@/lib/payments/create-checkout-session";
import { parseOrThrow } from "@/lib/safe-action";
import { bookingLinks } from "./booking-link-token";
import { bookingClientSchema } from "./booking-fields";
import { findOrCreateBookingCustomer } from "./find-or-create-booking-customer";
import { findStaffForSlot, SLOT_TAKEN_MESSAGE } from "./find-staff-for-slot";
import { getBlockedInterval } from "./normalize-slot-service";
import { sendBookingConfirmation } from "./send-booking-confirmation";

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
});

/** Throws AppError CONFLICT "This time was just taken" when the slot is gone. */
export async function createBooking(rawInput: CreateBookingInput): Promise<CreateBookingResult> {
  const input = parseOrThrow(inputSchema, rawInput);
  const service = await db.service.findFirst({
    where: { id: input.serviceId, orgId: input.orgId, active: true },
    select: { id: true, name: true, price: true, currency: true, durationMinutes: true, bufferBeforeMinutes: true, bufferAfterMinutes: true, requiresPayment: true, requiresConfirmation: true, org: { select: { slug: true } }, slug: true },
  });
  if (!service) throw new AppError("NOT_FOUND", "This service is not available for booking.");
  const skip = input.skipPaymentAndConfirmation === true;
  const needsPayment = !skip && service.requiresPayment && service.price > 0;
  if (needsPayment && !isStripeConfigured()) {
    throw new AppError("NOT_CONFIGURED", "Online payments are not set up for this business yet, so this service cannot be booked online. Please contact the business.");
  }
  const now = new Date();
  const candidates = await findStaffForSlot({ orgId: input.orgId, serviceId: service.id, staffMemberId: input.staffMemberId, start: input.startsAt, now });
  const customer = await findOrCreateBookingCustomer({ orgId: input.orgId, email: input.client.email, name: input.client.name, phone: input.client.phone });
  const status = needsPayment ? "PENDING_PAYMENT" : !skip && service.requiresConfirmation ? "PENDING_CONFIRMATION" : "CONFIRMED";
  const blocked = getBlockedInterval({ service, start: input.startsAt });
  const endsAt = new Date(input.startsAt.getTime() + service.durationMinutes * 60_000);

  let booking: { id: string; orderId: string | null } | null = null;
  // "Anyone": the first staff member free at the end of the race gets it.
  for (const staffMemberId of candidates) {
    try {
      booking = await db.$transaction(async (tx) => {
        const order = needsPayment
          ? await tx.order.create({ data: { orgId: input.orgId, customerId: customer.id, kind: "BOOKING", amount: service.price, currency: service.currency, status: "PENDING" }, select: { id: true } })
          : null;
        return tx.booking.create({
          data: {
            orgId: input.orgId, serviceId: service.id, staffMemberId, customerId: customer.id, orderId: order?.id ?? null, status,
            startsAt: input.startsAt, endsAt, blockedFrom: blocked.start, blockedUntil: blocked.end,
            clientName: input.client.name, clientEmail: input.client.email, clientPhone: input.client.phone, clientNotes: input.client.notes, clientTimeZone: input.client.timeZone,
            source: input.source, createdByUserId: input.createdByUserId ?? null,
            holdExpiresAt: needsPayment ? new Date(now.getTime() + PAYMENT_HOLD_MINUTES * 60_000) : null,
            confirmedAt: status === "CONFIRMED" ? now : null,
          },
          select: { id: true, orderId: true },
        });
      });
      break;
    } catch (err) {
      if (!isExclusionViolation(err, "Booking_no_overlap")) throw err;
    }
  }
  if (!booking) throw new AppError("CONFLICT", SLOT_TAKEN_MESSAGE);

  if (needsPayment) return { bookingId: booking.id, status, checkoutUrl: await startCheckout({ ...input, booking, service, email: input.client.email }) };
  try {
    await sendBookingConfirmation(booking.id);
  } catch (err) {
    console.error("[booking] confirmation email failed", booking.id, err); // the booking stands
  }
  return { bookingId: booking.id, status };
}

async function startCheckout(options: { orgId: string; email: string; booking: { id: string; orderId: string | null }; service: { name: string; price: number; currency: string; slug: string; org: { slug: string } } }): Promise<string> {
  const { booking, service } = options;
  const base = (process.env.APP_URL || "http://localhost:3000").replace(/\/$/, "");
  try {
    const session = await createCheckoutSession({
      orgId: options.orgId, orderId: booking.orderId!, kind: "BOOKING", currency: service.currency,
      lines: [{ name: service.name, unitAmount: service.price, quantity: 1 }], customerEmail: options.email,
      successUrl: bookingLinks(booking.id).confirmationUrl, cancelUrl: `${base}/book/${service.org.slug}/${service.slug}?canceled=1`,
    });
    return session.url;
  } catch (err) {
    // No checkout, no hold: free the slot at once.
    await db.$transaction([
      db.booking.update({ where: { id: booking.id }, data: { status: "EXPIRED", holdExpiresAt: null } }),
      db.order.update({ where: { id: booking.orderId! }, data: { status: "CANCELED" } }),
    ]);
    throw err;
  }
}
