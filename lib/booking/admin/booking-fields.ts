import { z } from "zod";
import { emailField, nameField, notesField, phoneField } from "@/lib/customers";

// Field rules for what a client types on the booking page, shared by the page's server action,
// the JSON endpoint and createBooking itself.
export function isTimeZone(value: string): boolean {
  if (!value || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneField = z.string({ error: "Choose a time zone" }).trim().refine(isTimeZone, "Choose a valid time zone");

export const bookingClientSchema = z.object({
  name: nameField,
  email: emailField.refine((v): v is string => v !== null, "Email is required so we can send your confirmation"),
  phone: phoneField.optional().transform((v) => v ?? null),
  notes: notesField.optional().transform((v) => v ?? null),
  timeZone: timeZoneField,
});

/** An ISO instant from the slot list, e.g. "2026-12-01T08:00:00.000Z". */
export const startField = z
  .string({ error: "Pick a time" })
  .trim()
  .min(1, "Pick a time")
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), "Pick a time from the list")
  .transform((s) => new Date(s));

export const cancelReasonField = z
  .string()
  .trim()
  .max(500, "Keep the reason under 500 characters")
  .optional()
  .transform((v) => (v ? v : null));
