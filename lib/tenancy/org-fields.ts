import { z } from "zod";

// Field rules shared by sign-up, "new organization" and settings.
const timeZones = new Set(Intl.supportedValuesOf("timeZone").concat("UTC"));
const currencies = new Set(Intl.supportedValuesOf("currency"));

export const reservedSlugs = new Set(["api", "sign-in", "sign-up", "sign-out", "new-org", "invite", "e", "t", "book", "settings", "_next", "admin", "static", "uploads", "booking", "manage"]);

export const orgNameField = z.string().trim().min(2, "Name must be at least 2 characters").max(80, "Name must be at most 80 characters");
export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(40, "Use at most 40 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes")
  .refine((s) => !reservedSlugs.has(s), "This address is reserved");
export const timezoneField = z.string().refine((tz) => timeZones.has(tz), "Choose a valid time zone");
export const currencyField = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => currencies.has(c), "Choose a valid currency");

export const orgFieldsSchema = z.object({ name: orgNameField, slug: slugField, timezone: timezoneField, currency: currencyField });
// A new org may leave the currency out: it then follows the time zone (createOrganization).
export const newOrgFieldsSchema = orgFieldsSchema.extend({ currency: currencyField.optional() });

export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

export const commonCurrencies = ["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "SEK", "NOK", "DKK", "PLN", "JPY", "INR", "BRL", "MXN", "UAH"];
export const allTimeZones = [...timeZones].sort();
