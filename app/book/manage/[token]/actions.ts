"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { cancelReasonField, startField } from "@/lib/booking";
import { verifyBookingLinkToken } from "@/lib/booking";
import { cancelBooking } from "@/lib/booking";
import { loadBookingDetails } from "@/lib/booking";
import { rescheduleBooking } from "@/lib/booking";
import { AppError } from "@/lib/errors";
import { publicAction, type ActionState } from "@/lib/safe-action";

// The client's own changes through the signed manage link (no login): the token is the
// only key, and it names exactly one booking.
const tokenField = z.string().min(1).max(200);

async function bookingOf(token: string) {
  const id = verifyBookingLinkToken(token);
  const booking = id ? await loadBookingDetails(id) : null;
  if (!booking) throw new AppError("NOT_FOUND", "This link is not valid.");
  return booking;
}

export const cancelByLinkAction = publicAction({ schema: z.object({ token: tokenField, reason: cancelReasonField }) }, async ({ token, reason }): Promise<ActionState> => {
  const booking = await bookingOf(token);
  await cancelBooking({ orgId: booking.orgId, bookingId: booking.id, by: "client", reason });
  revalidatePath(`/book/manage/${token}`);
  return { ok: true, message: "Your booking is canceled. We've emailed you a confirmation." };
});

export const rescheduleByLinkAction = publicAction({ schema: z.object({ token: tokenField, start: startField }) }, async ({ token, start }): Promise<ActionState> => {
  const booking = await bookingOf(token);
  try {
    await rescheduleBooking({ orgId: booking.orgId, bookingId: booking.id, startsAt: start, by: "client" });
  } catch (err) {
    if (err instanceof AppError && err.code === "CONFLICT") return { ok: false, message: err.message, fieldErrors: { slot: err.message } };
    throw err;
  }
  revalidatePath(`/book/manage/${token}`);
  return { ok: true, message: "Your booking has moved. We've emailed you the new time." };
});
