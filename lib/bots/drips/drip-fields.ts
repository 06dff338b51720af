import { z } from "zod";
import { tagField } from "@/lib/bots/subscribers/bulk-tag-subscribers";

// A drip sequence form: name, trigger tag, on/off, whether to enroll those who already have the
// tag, and up to 20 steps, each "after N minutes /
// hours / days" (from the tag for the first step, from the previous step after that) with a text.
const unitMinutes = { minutes: 1, hours: 60, days: 1440 } as const;
const list = (v: unknown): string[] => (Array.isArray(v) ? v : typeof v === "string" ? [v] : []).map(String);

export const dripStepSchema = z.object({
  delay: z.coerce.number({ error: "Enter a number" }).int("Whole numbers only").min(0, "0 or more").max(10_000, "At most 10,000"),
  unit: z.enum(["minutes", "hours", "days"], "Choose a unit"),
  text: z.string().trim().min(1, "Write the message").max(4096, "At most 4,096 characters"),
});

export const dripFieldsSchema = z.preprocess(
  (raw) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const delays = list(r["delay[]"]);
    const units = list(r["unit[]"]);
    const texts = list(r["stepText[]"]);
    return {
      name: r.name,
      triggerTag: r.triggerTag,
      active: r.active === "on" || r.active === "true",
      enrollExisting: r.enrollExisting === "on" || r.enrollExisting === "true",
      steps: texts.map((text, i) => ({ delay: delays[i], unit: units[i], text })),
    };
  },
  z.object({
    name: z.string().trim().min(1, "Name the sequence").max(120, "At most 120 characters"),
    triggerTag: tagField,
    active: z.boolean(),
    /** Also enroll the active subscribers who already have the tag (off unless ticked). */
    enrollExisting: z.boolean().default(false),
    steps: z.array(dripStepSchema).min(1, "Add at least one message").max(20, "At most 20 messages"),
  }),
);

export type DripFields = z.infer<typeof dripFieldsSchema>;

export const toMinutes = (step: { delay: number; unit: keyof typeof unitMinutes }) => step.delay * unitMinutes[step.unit];

/** Stored minutes back as the largest whole unit, for the edit form. */
export function fromMinutes(minutes: number): { delay: number; unit: keyof typeof unitMinutes } {
  if (minutes > 0 && minutes % 1440 === 0) return { delay: minutes / 1440, unit: "days" };
  if (minutes > 0 && minutes % 60 === 0) return { delay: minutes / 60, unit: "hours" };
  return { delay: minutes, unit: "minutes" };
}
