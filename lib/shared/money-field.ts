import { z } from "zod";
import { parseMoney } from "@/lib/shared/parse-money";

/** A decimal amount typed in `currency` -> integer minor units; blank is `blank` (or an error when undefined). */
export function moneyField(currency: string, blank?: number) {
  return z
    .string()
    .optional()
    .transform((s, ctx) => {
      if ((!s || s.trim() === "") && blank !== undefined) return blank;
      const money = parseMoney(s ?? "", currency);
      if (!money.ok) {
        ctx.addIssue({ code: "custom", message: money.error });
        return z.NEVER;
      }
      return money.minor;
    });
}

/** An optional datetime-local value ("2026-07-10T19:00"); blank is null. */
export const optionalLocalTimeField = (label: string) =>
  z
    .string()
    .optional()
    .transform((s) => s?.trim() || null)
    .pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `${label}: pick a date and time`)
        .nullable(),
    );
