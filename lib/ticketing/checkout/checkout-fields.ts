import { z } from "zod";
import { botRefField } from "@/lib/bots";
import { emailField, nameField } from "@/lib/customers";

// What a buyer sends from the event page (or a script) to the checkout endpoint. Attendee
// fields left blank default to the buyer's; field errors use these paths ("attendees.0.email").
const requiredEmail = emailField.refine((v): v is string => v !== null, "Email is required so we can send the tickets");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const optionalEmail = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), requiredEmail.optional());
const optionalName = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), nameField.optional());

export const MAX_SEATS_PER_ORDER = 50;

export const checkoutSchema = z
  .object({
    quantities: z.record(z.string().min(1).max(64), z.number({ error: "Choose a whole number of tickets" }).int("Choose a whole number of tickets").min(0).max(MAX_SEATS_PER_ORDER)),
    buyer: z.object({ name: nameField, email: requiredEmail }),
    attendees: z
      .array(z.object({ ticketTypeId: z.string().min(1).max(64), name: optionalName, email: optionalEmail }))
      .max(MAX_SEATS_PER_ORDER)
      .default([]),
    promoCode: optionalText(40),
    unlockCode: optionalText(60),
    ref: botRefField,
  })
  .refine((v) => Object.values(v.quantities).reduce((a, q) => a + q, 0) <= MAX_SEATS_PER_ORDER, { message: `At most ${MAX_SEATS_PER_ORDER} tickets per order`, path: ["quantities"] });

export type CheckoutInput = z.infer<typeof checkoutSchema>;

export type Seat = { ticketTypeId: string; name: string; email: string };

/**
 * One seat per ticket, in the order the types were chosen: each type's attendees as sent, the
 * buyer for any seat without its own name or email. Attendees of types not bought are ignored.
 */
export function seatsOf(input: Pick<CheckoutInput, "quantities" | "buyer" | "attendees">, typeOrder: readonly string[]): Seat[] {
  const seats: Seat[] = [];
  for (const ticketTypeId of typeOrder) {
    const given = input.attendees.filter((a) => a.ticketTypeId === ticketTypeId);
    for (let i = 0; i < (input.quantities[ticketTypeId] ?? 0); i++) {
      seats.push({ ticketTypeId, name: given[i]?.name ?? input.buyer.name, email: (given[i]?.email ?? input.buyer.email).toLowerCase() });
    }
  }
  return seats;
}
