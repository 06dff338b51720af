import { AppError } from "@/lib/errors";

// INTERFACE STUB: the public booking work replaces the body; the dashboard's manual booking
// and the bot's booking node call it too.
export interface CreateBookingInput {
  orgId: string;
  serviceId: string;
  /** null: "anyone" who can take the slot. */
  staffMemberId: string | null;
  startsAt: Date;
  client: { name: string; email: string; phone?: string | null; notes?: string | null; timeZone: string };
  source: "public" | "dashboard" | "telegram";
  createdByUserId?: string | null;
  /** Dashboard bookings made by staff skip payment and confirmation. */
  skipPaymentAndConfirmation?: boolean;
}

export interface CreateBookingResult {
  bookingId: string;
  /** Set when the service needs payment up front: send the client here. */
  checkoutUrl?: string;
}

/** Throws AppError CONFLICT "This time was just taken" when the slot is gone. */
export async function createBooking(_input: CreateBookingInput): Promise<CreateBookingResult> {
  throw new AppError("NOT_CONFIGURED", "Booking is not available yet.");
}
