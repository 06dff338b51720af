"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idField } from "@/lib/shared/form-fields";
import { orgAction, parseOrThrow } from "@/lib/safe-action";
import { promoCodeFieldsSchema } from "@/lib/ticketing";
import { createPromoCode, setPromoCodeActive, updatePromoCode } from "@/lib/ticketing";

// Server actions for promo codes (OWNER/ADMIN: they give money away), from the org-wide list
// and from an event's Promo codes tab. Amounts are in the org currency, expiry in its zone.
const anyForm = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const promoCodeId = idField("Promo code");
const revalidate = (slug: string) => revalidatePath(`/${slug}/events`, "layout");

export const createPromoCodeAction = orgAction({ schema: anyForm, role: "ADMIN" }, async (raw, ctx) => {
  await createPromoCode({ orgId: ctx.orgId, timeZone: ctx.timezone, fields: parseOrThrow(promoCodeFieldsSchema(ctx.currency), raw) });
  revalidate(ctx.slug);
  return { ok: true as const, message: "Promo code created." };
});

export const updatePromoCodeAction = orgAction({ schema: anyForm, role: "ADMIN" }, async (raw, ctx) => {
  await updatePromoCode({ orgId: ctx.orgId, timeZone: ctx.timezone, promoCodeId: parseOrThrow(promoCodeId, raw.id), fields: parseOrThrow(promoCodeFieldsSchema(ctx.currency), raw) });
  revalidate(ctx.slug);
  return { ok: true as const, message: "Promo code saved." };
});

export const togglePromoCodeAction = orgAction({ schema: z.object({ id: promoCodeId, active: z.enum(["1", "0"]) }), role: "ADMIN" }, async ({ id, active }, ctx) => {
  await setPromoCodeActive({ orgId: ctx.orgId, promoCodeId: id, active: active === "1" });
  revalidate(ctx.slug);
});
