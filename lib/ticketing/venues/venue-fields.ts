import { z } from "zod";
import { lineField, optionalWholeField } from "@/lib/shared/form-fields";
import { timezoneField } from "@/lib/tenancy/org-fields";

// The rules for a venue's fields, from the strings its form posts.
export const venueFieldsSchema = z.object({
  name: lineField("Name", 120),
  address: lineField("Address", 200),
  city: lineField("City", 80),
  capacity: optionalWholeField("Capacity", 1, 1_000_000),
  timeZone: timezoneField,
});

export type VenueFields = z.infer<typeof venueFieldsSchema>;
