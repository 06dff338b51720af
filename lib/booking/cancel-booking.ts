import { AppError } from "@/lib/errors";

// INTERFACE STUB: the public booking work replaces the body (client cancel links); the
// dashboard's cancel calls it too. Cancels an active booking (frees the slot), refunds a paid
// order when the policy says so, emails the client; idempotent on an already-canceled booking.
export async function cancelBooking(_input: { orgId: string; bookingId: string; by: "client" | "staff" | "system"; reason?: string | null }): Promise<void> {
  throw new AppError("NOT_CONFIGURED", "Booking is not available yet.");
}
