"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createManualBooking } from "@/lib/booking";
import { bookingActionLabels, bookingActions, type BookingAction } from "@/lib/booking";
import { updateBookingStatus } from "@/lib/booking";
import { orgAction } from "@/lib/safe-action";

// Server actions of the Bookings area: one orgAction each (session, membership, zod) calling one
// domain function; booking ids always go through the org the wrapper resolved. STAFF may act.
const idField = z.string({ error: "Booking is missing" }).min(1, "Booking is missing").max(64, "Booking not found");

const doneMessages: Record<BookingAction, string> = {
  confirm: "Booking confirmed. The client was emailed.",
  decline: "Booking declined. The client was emailed.",
  cancel: "Booking canceled.",
  complete: "Marked completed.",
  noShow: "Marked as a no-show.",
};

export const changeBookingStatusAction = orgAction(
  {
    schema: z.object({
      id: idField,
      action: z.enum(bookingActions as [BookingAction, ...BookingAction[]], "Unknown action"),
      reason: z.string().trim().max(500, "Keep the reason under 500 characters").optional(),
    }),
  },
  async ({ id, action, reason }, ctx) => {
    const result = await updateBookingStatus({ orgId: ctx.orgId, bookingId: id, action, actorUserId: ctx.userId, reason: reason || null });
    revalidatePath(`/${ctx.slug}/bookings`, "layout");
    return { ok: true as const, message: doneMessages[action], data: { status: result.status, label: bookingActionLabels[action] } };
  },
);

// The form is parsed by createManualBooking itself (its schema names the form's fields).
export const createManualBookingAction = orgAction({ schema: z.record(z.string(), z.unknown()) }, async (raw, ctx) => {
  const result = await createManualBooking({ orgId: ctx.orgId, timeZone: ctx.timezone, actorUserId: ctx.userId, raw });
  revalidatePath(`/${ctx.slug}/bookings`, "layout");
  redirect(`/${ctx.slug}/bookings/${result.bookingId}?created=1`);
});
