import { z } from "zod";

// What a key may do: read or write, per area of the API. A write scope does not imply read.
export const API_AREAS = ["customers", "bots", "broadcasts", "events", "orders", "tickets", "check-in", "bookings", "services", "analytics", "webhooks"] as const;
export type ApiArea = (typeof API_AREAS)[number];
export type ApiScope = `${ApiArea}:${"read" | "write"}`;

export const API_SCOPES: readonly ApiScope[] = API_AREAS.flatMap((area) => [`${area}:read`, `${area}:write`] as const);

export const apiKeyFieldsSchema = z.object({
  name: z.string().trim().min(1, "Give the key a name, e.g. the system that uses it").max(80, "At most 80 characters"),
  scopes: z
    .array(z.enum(API_SCOPES as [ApiScope, ...ApiScope[]]), { error: "Pick at least one permission" })
    .min(1, "Pick at least one permission")
    .max(API_SCOPES.length),
  expiresInDays: z.enum(["never", "30", "90", "365"], { error: "Pick when the key expires" }).default("never"),
});
export type ApiKeyFields = z.infer<typeof apiKeyFieldsSchema>;

/** The Settings -> API form: scopes arrive as "scopes[]" checkboxes. */
export const apiKeyFormSchema = z
  .object({
    name: apiKeyFieldsSchema.shape.name,
    // No box ticked sends no field at all: that is an empty list, which the scopes rule refuses.
    "scopes[]": z.preprocess((v) => (v === undefined ? [] : v), apiKeyFieldsSchema.shape.scopes),
    expiresInDays: apiKeyFieldsSchema.shape.expiresInDays,
  })
  .transform((v): ApiKeyFields => ({ name: v.name, scopes: v["scopes[]"], expiresInDays: v.expiresInDays }));

export const apiKeyIdSchema = z.object({ keyId: z.string().min(1).max(64) });
