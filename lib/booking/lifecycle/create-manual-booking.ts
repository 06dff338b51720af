import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/safe-action";
import { bookingClientSchema, startField } from "../admin/booking-fields";
import { createBooking } from "./create-booking";

// A booking staff make for a client from the dashboard: an existing customer or a new one, no
// online payment (free, or paid at the venue), confirmed at once, short notice allowed, the
// confirmation email optional. Field errors use the form's own names; a time taken meanwhile
// is a `start` field error so the form can offer fresh slots.
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const manualBookingSchema = z.object({
  service: z.string({ error: "Pick a service" }).min(1, "Pick a service").max(64),
  staff: z.preprocess(blank, z.string().max(64).default("any")),
  start: startField,
  customerId: z.preprocess(blank, z.string().max(64).optional()),
  name: bookingClientSchema.shape.name,
  email: z.preprocess(blank, bookingClientSchema.shape.email),
  phone: bookingClientSchema.shape.phone,
  notes: bookingClientSchema.shape.notes,
  sendConfirmation: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  payment: z.enum(["free", "venue"], "Choose how the client pays").default("free"),
});

export async function createManualBooking({ orgId, timeZone, actorUserId, raw }: { orgId: string; timeZone: string; actorUserId: string; raw: unknown }) {
  const input = parseOrThrow(manualBookingSchema, raw);
  if (input.customerId) {
    const found = await db.customer.findFirst({ where: { id: input.customerId, orgId }, select: { id: true } });
    if (!found) throw new AppError("BAD_INPUT", undefined, { customerId: "Pick a customer from the search" });
  }
  try {
    return await createBooking({
      orgId,
      serviceId: input.service,
      staffMemberId: input.staff === "any" ? null : input.staff,
      startsAt: input.start,
      client: { name: input.name, email: input.email, phone: input.phone, notes: input.notes, timeZone },
      source: "dashboard",
      createdByUserId: actorUserId,
      customerId: input.customerId ?? null,
      skipPaymentAndConfirmation: true,
      ignoreMinimumNotice: true,
      sendConfirmation: input.sendConfirmation,
      paidAtVenue: input.payment === "venue",
    });
  } catch (err) {
    if (err instanceof AppError && err.code === "CONFLICT") throw new AppError("CONFLICT", err.message, { start: err.message });
    if (err instanceof AppError && err.fieldErrors?.staff) throw err;
    if (err instanceof AppError && err.code === "BAD_INPUT" && !err.fieldErrors?.["client.email"]) throw new AppError("BAD_INPUT", err.message, { start: err.message });
    throw err;
  }
}
