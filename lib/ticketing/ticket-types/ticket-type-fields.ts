import { z } from "zod";
import { checkboxField, lineField, optionalTextField, wholeField } from "@/lib/shared/form-fields";
import { moneyField, optionalLocalTimeField } from "../../shared/money-field";

// The rules for a ticket type's fields, from the strings its form posts. The price is a
// decimal in the org currency (0 or blank: free); sale times stay local until saved.
export const UNLOCK_CODE = /^[A-Za-z0-9_-]{4,40}$/;

export function ticketTypeFieldsSchema(currency: string) {
  return z
    .object({
      name: lineField("Name", 80),
      description: optionalTextField("Description", 500),
      price: moneyField(currency, 0),
      capacity: wholeField("Capacity", 0, 1_000_000),
      saleStartsAt: optionalLocalTimeField("Sale start"),
      saleEndsAt: optionalLocalTimeField("Sale end"),
      maxPerOrder: wholeField("Max per order", 1, 100, 10),
      hidden: checkboxField,
      unlockCode: z
        .string()
        .optional()
        .transform((s) => s?.trim() || null),
    })
    .superRefine((f, ctx) => {
      if (f.saleStartsAt && f.saleEndsAt && f.saleEndsAt <= f.saleStartsAt) ctx.addIssue({ code: "custom", path: ["saleEndsAt"], message: "The sale must end after it starts" });
      if (f.hidden && !f.unlockCode) ctx.addIssue({ code: "custom", path: ["unlockCode"], message: "A hidden ticket type needs an unlock code" });
      if (f.unlockCode && !UNLOCK_CODE.test(f.unlockCode)) ctx.addIssue({ code: "custom", path: ["unlockCode"], message: "Use 4-40 letters, digits, - or _" });
    })
    .transform((f) => ({ ...f, unlockCode: f.hidden ? f.unlockCode : null }));
}

export type TicketTypeFields = z.infer<ReturnType<typeof ticketTypeFieldsSchema>>;
