"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idField } from "@/lib/shared/form-fields";
import { createService, setServiceArchived, updateService } from "@/lib/booking";
import { serviceFieldsSchema } from "@/lib/booking";
import { orgAction, parseOrThrow } from "@/lib/safe-action";

// Server actions of Bookings -> Services (OWNER/ADMIN). Prices depend on the org currency, so
// the fields are parsed inside the handler with the schema for ctx.currency.
const anyForm = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const serviceId = idField("Service");

export const createServiceAction = orgAction({ schema: anyForm, role: "ADMIN" }, async (raw, ctx) => {
  const fields = parseOrThrow(serviceFieldsSchema(ctx.currency), raw);
  const service = await createService({ orgId: ctx.orgId, currency: ctx.currency, actorUserId: ctx.userId, fields });
  revalidatePath(`/${ctx.slug}/bookings/services`);
  redirect(`/${ctx.slug}/bookings/services/${service.id}?created=1`);
});

export const updateServiceAction = orgAction({ schema: anyForm, role: "ADMIN" }, async (raw, ctx) => {
  const id = parseOrThrow(serviceId, raw.id);
  const fields = parseOrThrow(serviceFieldsSchema(ctx.currency), raw);
  await updateService({ orgId: ctx.orgId, actorUserId: ctx.userId, serviceId: id, fields });
  revalidatePath(`/${ctx.slug}/bookings/services`);
  return { ok: true as const, message: "Service saved." };
});

export const archiveServiceAction = orgAction({ schema: z.object({ id: serviceId, archived: z.enum(["1", "0"]) }), role: "ADMIN" }, async ({ id, archived }, ctx) => {
  await setServiceArchived({ orgId: ctx.orgId, actorUserId: ctx.userId, serviceId: id, archived: archived === "1" });
  revalidatePath(`/${ctx.slug}/bookings/services`);
  revalidatePath(`/${ctx.slug}/bookings/services/${id}`);
  return { ok: true as const, message: archived === "1" ? "Service archived. Clients can no longer book it." : "Service is bookable again." };
});
