import type { Prisma } from "@/lib/db/client";

// HOOK for the Telegram bot area: a reminder for a client who came from the bot should also go
// to their Telegram chat. Called inside the reminder's transaction (after its BookingReminder
// row is written), so queue the message here with `tx` (an outbox row or a pg-boss job
// inserted through tx) and it is sent exactly when the email is. Until the bot area lands: no-op.
export async function queueTelegramBookingReminder(_input: { tx: Prisma.TransactionClient; bookingId: string; offsetMinutes: number }): Promise<void> {}
