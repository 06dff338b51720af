"use server";
import { z } from "zod";
import { idField } from "@/lib/shared/form-fields";
import { revalidateEventPages } from "@/lib/ticketing";
import { orgAction, parseOrThrow } from "@/lib/safe-action";
import { createTicketType, deleteTicketType, moveTicketType, updateTicketType } from "@/lib/ticketing";
import { ticketTypeFieldsSchema } from "@/lib/ticketing";

// Server actions of an event's Tickets tab. Prices are in the org currency, so fields are
// parsed inside the handler with the schema for ctx.currency.
const anyForm = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const eventId = idField("Event");
const ticketTypeId = idField("Ticket type");
const revalidate = (slug: string, event: string) => revalidateEventPages(`/${slug}/events/${event}`);

export const createTicketTypeAction = orgAction({ schema: anyForm }, async (raw, ctx) => {
  const event = parseOrThrow(eventId, raw.eventId);
  await createTicketType({ orgId: ctx.orgId, role: ctx.role, eventId: event, currency: ctx.currency, fields: parseOrThrow(ticketTypeFieldsSchema(ctx.currency), raw) });
  revalidate(ctx.slug, event);
  return { ok: true as const, message: "Ticket type added." };
});

export const updateTicketTypeAction = orgAction({ schema: anyForm }, async (raw, ctx) => {
  const event = parseOrThrow(eventId, raw.eventId);
  await updateTicketType({ orgId: ctx.orgId, role: ctx.role, eventId: event, ticketTypeId: parseOrThrow(ticketTypeId, raw.id), fields: parseOrThrow(ticketTypeFieldsSchema(ctx.currency), raw) });
  revalidate(ctx.slug, event);
  return { ok: true as const, message: "Ticket type saved." };
});

export const deleteTicketTypeAction = orgAction({ schema: z.object({ eventId, id: ticketTypeId }) }, async ({ eventId: event, id }, ctx) => {
  await deleteTicketType({ orgId: ctx.orgId, role: ctx.role, eventId: event, ticketTypeId: id });
  revalidate(ctx.slug, event);
  return { ok: true as const, message: "Ticket type deleted." };
});

export const moveTicketTypeAction = orgAction({ schema: z.object({ eventId, id: ticketTypeId, direction: z.enum(["up", "down"]) }) }, async ({ eventId: event, id, direction }, ctx) => {
  await moveTicketType({ orgId: ctx.orgId, role: ctx.role, eventId: event, ticketTypeId: id, direction });
  revalidate(ctx.slug, event);
});
