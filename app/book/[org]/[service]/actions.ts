"use server";
import { bookParsedSlot, publicBookingSchema } from "@/lib/booking";
import { AppError } from "@/lib/errors";
import { publicAction, type ActionState } from "@/lib/safe-action";

// Books a slot from the public booking page; a taken slot comes back as a `slot` field error so
// the page refreshes the times and keeps what the client typed.
export const bookSlotAction = publicAction({ schema: publicBookingSchema }, async (input): Promise<ActionState<{ redirectUrl: string }>> => {
  try {
    const { redirectUrl } = await bookParsedSlot(input);
    return { ok: true, data: { redirectUrl } };
  } catch (err) {
    if (err instanceof AppError && err.code === "CONFLICT") return { ok: false, message: err.message, fieldErrors: { slot: err.message } };
    throw err;
  }
});
