"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idField } from "@/lib/shared/form-fields";
import { orgAction, parseOrThrow } from "@/lib/safe-action";
import { createVenue, deleteVenue, updateVenue } from "@/lib/ticketing";
import { venueFieldsSchema } from "@/lib/ticketing";

// Server actions of Events -> Venues (OWNER/ADMIN).
const anyForm = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const venueId = idField("Venue");

export const createVenueAction = orgAction({ schema: venueFieldsSchema, role: "ADMIN" }, async (fields, ctx) => {
  await createVenue({ orgId: ctx.orgId, fields });
  revalidatePath(`/${ctx.slug}/events/venues`);
  redirect(`/${ctx.slug}/events/venues?created=1`);
});

export const updateVenueAction = orgAction({ schema: anyForm, role: "ADMIN" }, async (raw, ctx) => {
  await updateVenue({ orgId: ctx.orgId, venueId: parseOrThrow(venueId, raw.id), fields: parseOrThrow(venueFieldsSchema, raw) });
  revalidatePath(`/${ctx.slug}/events/venues`);
  return { ok: true as const, message: "Venue saved." };
});

export const deleteVenueAction = orgAction({ schema: z.object({ id: venueId }), role: "ADMIN" }, async ({ id }, ctx) => {
  await deleteVenue({ orgId: ctx.orgId, venueId: id });
  revalidatePath(`/${ctx.slug}/events/venues`);
  redirect(`/${ctx.slug}/events/venues?deleted=1`);
});
