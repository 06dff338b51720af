import { z } from "zod";
import { parseMoney } from "@/lib/shared/parse-money";
import { checkboxField, lineField, optionalTextField, optionalWholeField, wholeField } from "../../shared/form-fields";
import { parseReminderOffsets } from "./parse-reminder-offsets";

// The rules for a service's editable fields, from the strings a form posts. Money is parsed as
// a decimal string in the org currency into minor units (no floats).
export const serviceLimits = {
  NAME_MAX: 120,
  SLUG_MAX: 60,
  DESCRIPTION_MAX: 2000,
  DURATION: [5, 720],
  BUFFER: [0, 240],
  NOTICE: [0, 43_200],
  WINDOW: [0, 730],
  PER_DAY: [1, 200],
  INTERVAL: [5, 720],
  CUTOFF: [0, 720],
  STAFF_MAX: 100,
} as const;

export type ServiceFields = {
  name: string;
  slug: string;
  description: string | null;
  durationMinutes: number;
  price: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  bookingWindowDays: number | null;
  maxBookingsPerDay: number | null;
  slotIntervalMinutes: number | null;
  requiresPayment: boolean;
  requiresConfirmation: boolean;
  cancellationCutoffHours: number;
  reminderOffsetsMinutes: number[];
  staffIds: string[];
};

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slugField = z
  .string({ error: "Slug is required" })
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.string().min(1, "Slug is required").max(serviceLimits.SLUG_MAX, `Slug must be at most ${serviceLimits.SLUG_MAX} characters`).regex(SLUG_PATTERN, "Use lowercase letters, digits and single dashes, e.g. portrait-session"));

const [d, b, n, w, p, i, c] = [serviceLimits.DURATION, serviceLimits.BUFFER, serviceLimits.NOTICE, serviceLimits.WINDOW, serviceLimits.PER_DAY, serviceLimits.INTERVAL, serviceLimits.CUTOFF];

/** Form strings -> service fields for an org whose prices are in `currency`. */
export function serviceFieldsSchema(currency: string) {
  return z
    .object({
      name: lineField("Name", serviceLimits.NAME_MAX),
      slug: slugField,
      description: optionalTextField("Description", serviceLimits.DESCRIPTION_MAX),
      durationMinutes: wholeField("Duration", d[0], d[1]),
      price: z
        .string()
        .optional()
        .transform((s, ctx) => {
          if (!s || s.trim() === "") return 0;
          const money = parseMoney(s, currency);
          if (!money.ok) {
            ctx.addIssue({ code: "custom", message: money.error });
            return z.NEVER;
          }
          return money.minor;
        }),
      bufferBeforeMinutes: wholeField("Buffer before", b[0], b[1], 0),
      bufferAfterMinutes: wholeField("Buffer after", b[0], b[1], 0),
      minimumNoticeMinutes: wholeField("Minimum notice", n[0], n[1], 0),
      bookingWindowDays: optionalWholeField("Booking window", w[0], w[1]),
      maxBookingsPerDay: optionalWholeField("Max bookings per day", p[0], p[1]),
      slotIntervalMinutes: optionalWholeField("Slot interval", i[0], i[1]),
      requiresPayment: checkboxField,
      requiresConfirmation: checkboxField,
      cancellationCutoffHours: wholeField("Cancellation cutoff", c[0], c[1], 0),
      reminderOffsetsMinutes: z
        .string()
        .optional()
        .transform((s, ctx) => {
          const parsed = parseReminderOffsets(s ?? "");
          if (!parsed.ok) {
            ctx.addIssue({ code: "custom", message: parsed.error });
            return z.NEVER;
          }
          return parsed.minutes;
        }),
      "staffIds[]": z
        .array(z.string().min(1).max(64), { error: "Choose staff" })
        .max(serviceLimits.STAFF_MAX, "Too many staff members")
        .optional()
        .transform((ids) => [...new Set(ids ?? [])]),
    })
    .superRefine((f, ctx) => {
      if (f.requiresPayment && f.price === 0) ctx.addIssue({ code: "custom", path: ["requiresPayment"], message: "A free service cannot require payment up front; set a price first" });
    })
    .transform(({ "staffIds[]": staffIds, ...rest }): ServiceFields => ({ ...rest, staffIds }));
}
