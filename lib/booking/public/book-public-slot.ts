import { z } from "zod";
import { botRefField } from "@/lib/bots";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/safe-action";
import { bookingLinks } from "./booking-link-token";
import { bookingClientSchema, startField } from "../admin/booking-fields";
import { createBooking } from "../lifecycle/create-booking";
import { loadPublicService } from "./load-public-service";

// A booking from the public page (server action) or the JSON endpoint: flat form fields in,
// where to send the client next out. Field errors use the form's own names.
export const publicBookingSchema = z.object({
  org: z.string().min(1).max(64),
  service: z.string().min(1).max(64),
  staff: z.string().min(1).max(64).default("any"),
  start: startField,
  name: bookingClientSchema.shape.name,
  email: bookingClientSchema.shape.email,
  phone: bookingClientSchema.shape.phone,
  notes: bookingClientSchema.shape.notes,
  tz: bookingClientSchema.shape.timeZone,
  // The bot's signed subscriber ref from the page's ?ref= (never an error: checked by createBooking).
  ref: botRefField,
});

export async function bookPublicSlot(raw: unknown) {
  return bookParsedSlot(parseOrThrow(publicBookingSchema, raw));
}

export async function bookParsedSlot(input: z.infer<typeof publicBookingSchema>): Promise<{ bookingId: string; status: string; redirectUrl: string }> {
  const found = await loadPublicService(input.org, input.service);
  if (!found) throw new AppError("NOT_FOUND", "This service is not available for booking.");
  const result = await createBooking({
    orgId: found.org.id,
    serviceId: found.service.id,
    staffMemberId: input.staff === "any" ? null : input.staff,
    startsAt: input.start,
    client: { name: input.name, email: input.email, phone: input.phone, notes: input.notes, timeZone: input.tz },
    source: "public",
    botRef: input.ref,
  });
  return { bookingId: result.bookingId, status: result.status, redirectUrl: result.checkoutUrl ?? bookingLinks(result.bookingId).confirmationPath };
}
