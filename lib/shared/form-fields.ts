import { z } from "zod";

// Small zod builders for the booking admin forms, whose inputs are the strings a form posts.
const CONTROL = /[\p{Cc}]/u;

/** Required single-line text, trimmed, NFC, no control characters. */
export function lineField(label: string, max: number) {
  return z
    .string({ error: `${label} is required` })
    .transform((s) => s.trim().normalize("NFC"))
    .pipe(
      z
        .string()
        .min(1, `${label} is required`)
        .max(max, `${label} must be at most ${max} characters`)
        .refine((s) => !CONTROL.test(s), `${label} cannot contain line breaks or control characters`),
    );
}

/** Optional multi-line text: blank -> null. */
export function optionalTextField(label: string, max: number) {
  return z
    .string()
    .optional()
    .transform((s) => s?.trim().normalize("NFC") || null)
    .pipe(
      z
        .string()
        .max(max, `${label} must be at most ${max} characters`)
        .refine((s) => !/\u0000/.test(s), `${label} contains an invalid character`)
        .nullable(),
    );
}

/** A whole number from a form field within [min, max]; blank is `blank`, or an error when none is given. */
export function wholeField(label: string, min: number, max: number, blank?: number) {
  return wholeOrBlank(label, min, max, blank) as z.ZodType<number, string | undefined>;
}

/** A whole number from a form field within [min, max]; blank is null (no limit). */
export function optionalWholeField(label: string, min: number, max: number) {
  return wholeOrBlank(label, min, max, null);
}

function wholeOrBlank(label: string, min: number, max: number, blank: number | null | undefined) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const s = (raw ?? "").trim();
      if (s === "") {
        if (blank !== undefined) return blank;
        ctx.addIssue({ code: "custom", message: `${label} is required` });
        return z.NEVER;
      }
      if (!/^\d{1,7}$/.test(s)) {
        ctx.addIssue({ code: "custom", message: `${label} must be a whole number` });
        return z.NEVER;
      }
      const n = Number(s);
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${label} must be between ${min} and ${max}` });
        return z.NEVER;
      }
      return n;
    });
}

/** An HTML checkbox: present ("on") is true, absent is false. */
export const checkboxField = z
  .string()
  .optional()
  .transform((s) => s === "on" || s === "true" || s === "1");

/** A cuid-like id from a form. */
export const idField = (what: string) =>
  z
    .string({ error: `${what} is missing` })
    .min(1, `${what} is missing`)
    .max(64, `${what} not found`);
