import { z } from "zod";

// The one set of rules for a customer's editable fields, shared by the form, the CSV import and
// anything else that writes a customer. Input is what a form or a CSV cell gives: strings.
export const customerLimits = {
  NAME_MAX: 120,
  EMAIL_MAX: 254,
  PHONE_MIN: 5,
  PHONE_MAX: 32,
  TAG_MAX: 32,
  TAGS_MAX: 20,
  NOTES_MAX: 2000,
  TELEGRAM_ID_MAX: 2n ** 53n,
} as const;

export type CustomerFields = {
  name: string;
  email: string | null;
  phone: string | null;
  telegramUserId: bigint | null;
  tags: string[];
  notes: string | null;
};

const NUL = /\u0000/; // Postgres text cannot store it
const CONTROL = /[\p{Cc}]/u;
const TAG = /^[\p{L}\p{M}\p{N}_-]+$/u;
const PHONE = /^[0-9+\-() ]+$/;

const blankToNull = (v: unknown) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v);
const text = (what: string) => z.string({ error: `${what} must be text` }).refine((s) => !NUL.test(s), `${what} contains an invalid character`);

export const nameField = text("Name")
  .trim()
  .min(1, "Name is required")
  .max(customerLimits.NAME_MAX, `Name must be at most ${customerLimits.NAME_MAX} characters`)
  .refine((s) => !CONTROL.test(s), "Name cannot contain line breaks or control characters")
  .transform((s) => s.normalize("NFC"));

export const emailField = z.preprocess(blankToNull, text("Email").trim().max(customerLimits.EMAIL_MAX, `Email must be at most ${customerLimits.EMAIL_MAX} characters`).toLowerCase().pipe(z.email("Enter a valid email address")).nullable());

export const phoneField = z.preprocess(
  blankToNull,
  text("Phone")
    .trim()
    .min(customerLimits.PHONE_MIN, `Phone must be at least ${customerLimits.PHONE_MIN} characters`)
    .max(customerLimits.PHONE_MAX, `Phone must be at most ${customerLimits.PHONE_MAX} characters`)
    .regex(PHONE, "Phone may only contain digits, spaces and + - ( )")
    .refine((s) => (s.match(/\d/g) ?? []).length >= 3, "Phone must contain at least 3 digits")
    .nullable(),
);

export const telegramUserIdField = z.preprocess(
  blankToNull,
  text("Telegram user id")
    .trim()
    .max(20, "Telegram user id must be a positive whole number")
    .regex(/^\d+$/, "Telegram user id must be a positive whole number")
    .transform((s) => BigInt(s))
    .refine((n) => n > 0n && n <= customerLimits.TELEGRAM_ID_MAX, "Telegram user id is out of range")
    .nullable(),
);

export const notesField = z.preprocess(blankToNull, text("Notes").trim().max(customerLimits.NOTES_MAX, `Notes must be at most ${customerLimits.NOTES_MAX} characters`).nullable());

/** "VIP, regular; vip" -> ["vip", "regular"]: trimmed, lowercased, deduplicated, in order. */
export function splitTags(input: string): string[] {
  const out = new Set<string>();
  for (const part of input.split(/[,;]/)) {
    const tag = part.trim().normalize("NFC").toLowerCase();
    if (tag) out.add(tag);
  }
  return [...out];
}

export const tagsField = z.preprocess(
  (v) => (v === undefined || v === null ? "" : v),
  text("Tags")
    .max(4000, `Use at most ${customerLimits.TAGS_MAX} tags`)
    .transform(splitTags)
    .superRefine((tags, ctx) => {
      if (tags.length > customerLimits.TAGS_MAX) ctx.addIssue({ code: "custom", message: `Use at most ${customerLimits.TAGS_MAX} tags (got ${tags.length})` });
      const long = tags.find((t) => t.length > customerLimits.TAG_MAX);
      if (long) ctx.addIssue({ code: "custom", message: `Tag "${long.slice(0, 20)}…" is longer than ${customerLimits.TAG_MAX} characters` });
      const bad = tags.find((t) => t.length <= customerLimits.TAG_MAX && !TAG.test(t));
      if (bad) ctx.addIssue({ code: "custom", message: `Tag "${bad}" may only use letters, digits, - and _` });
    }),
);

/** The editable fields of a customer, from strings; blank optional fields become null. */
export const customerFieldsSchema = z.object({
  name: z.preprocess((v) => v ?? "", nameField),
  email: emailField,
  phone: phoneField,
  telegramUserId: telegramUserIdField,
  tags: tagsField,
  notes: notesField,
});

export type CustomerFieldsInput = z.input<typeof customerFieldsSchema>;

/** The fields as a form shows them (strings), e.g. to prefill the edit form. */
export function customerFieldsToForm(c: CustomerFields): Record<keyof CustomerFields, string> {
  return {
    name: c.name,
    email: c.email ?? "",
    phone: c.phone ?? "",
    telegramUserId: c.telegramUserId?.toString() ?? "",
    tags: c.tags.join(", "),
    notes: c.notes ?? "",
  };
}
