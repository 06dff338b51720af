import { z } from "zod";
import { checkboxField, optionalWholeField } from "@/lib/shared/form-fields";
import { moneyField, optionalLocalTimeField } from "../../shared/money-field";

// The rules for a promo code's fields, from the strings its form posts. The code is stored
// upper-case; a percent is 1-100, an amount is a decimal in the org currency.
export function promoCodeFieldsSchema(currency: string) {
  return z
    .object({
      code: z
        .string({ error: "Code is required" })
        .transform((s) => s.trim().toUpperCase())
        .pipe(
          z
            .string()
            .min(3, "Use at least 3 characters")
            .max(32, "Use at most 32 characters")
            .regex(/^[A-Z0-9_-]+$/, "Use letters, digits, - or _"),
        ),
      kind: z.enum(["PERCENT", "AMOUNT"], { error: "Choose percent or amount" }),
      value: z.string().optional(),
      eventId: z
        .string()
        .max(64)
        .optional()
        .transform((s) => s || null),
      maxRedemptions: optionalWholeField("Max redemptions", 1, 1_000_000),
      expiresAt: optionalLocalTimeField("Expiry"),
      active: checkboxField,
      segmentId: z
        .string()
        .max(64)
        .optional()
        .transform((s) => s || null),
    })
    .transform((f, ctx) => {
      const value = f.kind === "PERCENT" ? parsePercent(f.value) : parseAmount(f.value, currency);
      if (typeof value === "string") {
        ctx.addIssue({ code: "custom", path: ["value"], message: value });
        return z.NEVER;
      }
      return { ...f, value };
    });
}

/** A whole percent 1-100 ("15" or "15%"), or the error message. */
function parsePercent(raw: string | undefined): number | string {
  const s = (raw ?? "").trim().replace(/%$/, "");
  return /^\d{1,3}$/.test(s) && Number(s) >= 1 && Number(s) <= 100 ? Number(s) : "Enter a whole percent from 1 to 100";
}

/** A positive amount in minor units, or the error message. */
function parseAmount(raw: string | undefined, currency: string): number | string {
  const parsed = moneyField(currency).safeParse(raw);
  if (!parsed.success) return parsed.error.issues[0].message;
  return parsed.data > 0 ? parsed.data : "The amount must be more than 0";
}

export type PromoCodeFields = z.infer<ReturnType<typeof promoCodeFieldsSchema>>;
