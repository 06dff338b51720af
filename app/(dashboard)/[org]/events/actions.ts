"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idField, optionalTextField } from "@/lib/shared/form-fields";
import { revalidateEventPages } from "@/lib/ticketing";
import { orgAction, parseOrThrow } from "@/lib/safe-action";
import { changeEventStatus } from "@/lib/ticketing";
import { duplicateEvent } from "@/lib/ticketing";
import { eventFieldsSchema } from "@/lib/ticketing";
import { eventTransitions, type EventTransition } from "@/lib/ticketing";
import { createEvent, updateEvent } from "@/lib/ticketing";

// Server actions of Events: create and edit (staff and up), the review workflow (the role each
// step needs is checked by changeEventStatus), duplicate.
const anyForm = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const eventId = idField("Event");

export const createEventAction = orgAction({ schema: eventFieldsSchema }, async (fields, ctx) => {
  const event = await createEvent({ orgId: ctx.orgId, orgTimeZone: ctx.timezone, actorUserId: ctx.userId, fields });
  revalidatePath(`/${ctx.slug}/events`);
  redirect(`/${ctx.slug}/events/${event.id}/tickets?created=1`);
});

export const updateEventAction = orgAction({ schema: anyForm }, async (raw, ctx) => {
  const id = parseOrThrow(eventId, raw.id);
  await updateEvent({ orgId: ctx.orgId, orgTimeZone: ctx.timezone, eventId: id, role: ctx.role, fields: parseOrThrow(eventFieldsSchema, raw) });
  revalidateEventPages(`/${ctx.slug}/events/${id}`);
  return { ok: true as const, message: "Event saved." };
});

const statusSchema = z.object({
  id: eventId,
  transition: z.enum(Object.keys(eventTransitions) as [EventTransition, ...EventTransition[]], { error: "Choose a step" }),
  note: optionalTextField("Note", 1000),
});

export const changeEventStatusAction = orgAction({ schema: statusSchema }, async ({ id, transition, note }, ctx) => {
  const { status } = await changeEventStatus({ orgId: ctx.orgId, eventId: id, actorUserId: ctx.userId, role: ctx.role, transition, note });
  revalidateEventPages(`/${ctx.slug}/events`);
  const messages = { IN_REVIEW: "Submitted for review.", PUBLISHED: "Published: the public page is live.", DRAFT: "Back to draft.", CANCELED: "Event canceled." } as const;
  return { ok: true as const, message: messages[status] };
});

export const duplicateEventAction = orgAction({ schema: z.object({ id: eventId }) }, async ({ id }, ctx) => {
  const copy = await duplicateEvent({ orgId: ctx.orgId, eventId: id, actorUserId: ctx.userId });
  revalidatePath(`/${ctx.slug}/events`);
  redirect(`/${ctx.slug}/events/${copy.id}?duplicated=1`);
});
