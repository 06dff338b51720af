"use server";
import { z } from "zod";
import { checkboxField, idField } from "@/lib/shared/form-fields";
import { AppError } from "@/lib/errors";
import { revalidateEventPages } from "@/lib/ticketing";
import { orgAction, parseOrThrow, type ActionState } from "@/lib/safe-action";
import { lineupFieldsSchema } from "@/lib/ticketing";
import { addLineupItem, deleteLineupItem, moveLineupItem, setEventCover, updateLineupItem } from "@/lib/ticketing";

// Server actions of an event's Details tab that carry images: the cover and the lineup. The
// file is taken from the raw FormData; everything else goes through orgAction as usual.
const anyForm = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const eventId = idField("Event");
const itemId = idField("Lineup entry");
const revalidate = (slug: string, event: string) => revalidateEventPages(`/${slug}/events/${event}`);
const fileOf = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return value instanceof File && value.size > 0 ? value : null;
};

export async function setEventCoverAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const file = fileOf(formData, "cover");
  return orgAction({ schema: z.object({ eventId, remove: checkboxField }) }, async (input, ctx) => {
    if (!input.remove && !file) throw new AppError("BAD_INPUT", undefined, { cover: "Choose an image file" });
    await setEventCover({ orgId: ctx.orgId, role: ctx.role, eventId: input.eventId, file: input.remove ? null : file });
    revalidate(ctx.slug, input.eventId);
    return { ok: true as const, message: input.remove ? "Cover image removed." : "Cover image saved." };
  })(null, formData);
}

export async function addLineupItemAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const file = fileOf(formData, "image");
  return orgAction({ schema: anyForm }, async (raw, ctx) => {
    const event = parseOrThrow(eventId, raw.eventId);
    await addLineupItem({ orgId: ctx.orgId, role: ctx.role, eventId: event, fields: parseOrThrow(lineupFieldsSchema, raw), file });
    revalidate(ctx.slug, event);
    return { ok: true as const, message: "Added to the lineup." };
  })(null, formData);
}

export async function updateLineupItemAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const file = fileOf(formData, "image");
  return orgAction({ schema: anyForm }, async (raw, ctx) => {
    const event = parseOrThrow(eventId, raw.eventId);
    const removeImage = parseOrThrow(checkboxField, raw.removeImage);
    await updateLineupItem({ orgId: ctx.orgId, role: ctx.role, eventId: event, itemId: parseOrThrow(itemId, raw.id), fields: parseOrThrow(lineupFieldsSchema, raw), file, removeImage });
    revalidate(ctx.slug, event);
    return { ok: true as const, message: "Lineup entry saved." };
  })(null, formData);
}

export const deleteLineupItemAction = orgAction({ schema: z.object({ eventId, id: itemId }) }, async (input, ctx) => {
  await deleteLineupItem({ orgId: ctx.orgId, role: ctx.role, eventId: input.eventId, itemId: input.id });
  revalidate(ctx.slug, input.eventId);
  return { ok: true as const, message: "Removed from the lineup." };
});

export const moveLineupItemAction = orgAction({ schema: z.object({ eventId, id: itemId, direction: z.enum(["up", "down"]) }) }, async (input, ctx) => {
  await moveLineupItem({ orgId: ctx.orgId, role: ctx.role, eventId: input.eventId, itemId: input.id, direction: input.direction });
  revalidate(ctx.slug, input.eventId);
});
