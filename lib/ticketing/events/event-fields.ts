import { z } from "zod";
import { lineField, optionalTextField } from "@/lib/shared/form-fields";
import { SLUG_PATTERN } from "@/lib/booking";

// The rules for an event's editable fields, from the strings its form posts. Times stay local
// strings here; save-event turns them into UTC in the venue's time zone.
export const EVENT_SLUG_MAX = 80;

export const eventSlugField = z
  .string({ error: "Slug is required" })
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.string().min(3, "Use at least 3 characters").max(EVENT_SLUG_MAX, `Use at most ${EVENT_SLUG_MAX} characters`).regex(SLUG_PATTERN, "Use lowercase letters, digits and single dashes, e.g. summer-show-2026"));

const localTime = (label: string) => z.string({ error: `${label} is required` }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `${label} is required`);

export const eventFieldsSchema = z
  .object({
    title: lineField("Title", 140),
    slug: eventSlugField,
    description: optionalTextField("Description", 10_000).transform((s) => s ?? ""),
    venueId: z
      .string()
      .max(64)
      .optional()
      .transform((s) => s || null),
    startsAt: localTime("Start"),
    endsAt: localTime("End"),
  })
  .refine((f) => f.endsAt > f.startsAt, { path: ["endsAt"], message: "The end must be after the start" });

export type EventFields = z.infer<typeof eventFieldsSchema>;
