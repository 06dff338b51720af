"use server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { orgAction } from "@/lib/safe-action";
import { checkInTicket } from "@/lib/ticketing";
import { toCheckInView } from "@/lib/ticketing";
import { parseTicketCode } from "@/lib/ticketing";
import { undoCheckIn } from "@/lib/ticketing";
import { getDoorEvent } from "@/lib/ticketing";

// Door actions: staff check tickets in (scanned or typed); owners and admins can take one back.
// The event is always looked up within the org the wrapper resolved.
const schema = z.object({
  eventId: z.string({ error: "Event is missing" }).min(1, "Event is missing").max(64, "Event not found"),
  code: z.string({ error: "Enter a ticket code" }).trim().min(1, "Enter a ticket code").max(2000, "That is not a ticket code"),
});

function codeOrThrow(input: string): string {
  const code = parseTicketCode(input);
  if (!code) throw new AppError("BAD_INPUT", "That is not a ticket code.", { code: "That is not a ticket code: type the code under the QR code, or scan it." });
  return code;
}

export const checkInAction = orgAction({ schema }, async (input, ctx) => {
  const code = codeOrThrow(input.code);
  const event = await getDoorEvent({ orgId: ctx.orgId, eventId: input.eventId });
  return toCheckInView(code, await checkInTicket({ orgId: ctx.orgId, eventId: event.id, code, userId: ctx.userId }));
});

export const undoCheckInAction = orgAction({ schema, role: "ADMIN" }, async (input, ctx) => {
  const code = codeOrThrow(input.code);
  const event = await getDoorEvent({ orgId: ctx.orgId, eventId: input.eventId });
  await undoCheckIn({ orgId: ctx.orgId, eventId: event.id, code });
  return { ok: true as const, message: "Check-in undone: the ticket is valid again." };
});
