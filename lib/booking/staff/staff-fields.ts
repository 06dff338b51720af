import { z } from "zod";
import { emailField } from "@/lib/customers";
import { timezoneField } from "@/lib/tenancy/org-fields";
import { lineField } from "../../shared/form-fields";

// A staff member's editable details, from form strings. Blank email / user link become null.
export const staffLimits = { NAME_MAX: 120 } as const;

export const staffFieldsSchema = z.object({
  name: lineField("Name", staffLimits.NAME_MAX),
  email: emailField,
  timeZone: z.string({ error: "Choose a time zone" }).pipe(timezoneField),
  userId: z
    .string()
    .optional()
    .transform((s) => (s && s.trim() ? s.trim() : null))
    .pipe(z.string().max(64, "Choose a member of this organization").nullable()),
});

export type StaffFields = z.infer<typeof staffFieldsSchema>;
