import type { Prisma } from "@/lib/db/client";
import { queueTelegramBookingMessage } from "./queue-telegram-booking-message";

// A reminder also goes to the client's Telegram chat (the bot link the booking came from, else
// their own chat with the org's bot). Called inside the reminder's transaction (after its
// BookingReminder row is written): the message and its telegram.send job commit with it, so it
// is sent exactly when the email is. No chat: nothing to do.
export async function queueTelegramBookingReminder({ tx, bookingId, offsetMinutes }: { tx: Prisma.TransactionClient; bookingId: string; offsetMinutes: number }): Promise<void> {
  await queueTelegramBookingMessage(tx, { bookingId, kind: "reminder", offsetMinutes });
}
