import { db } from "@/lib/db/client";
import { sendEmail } from "@/lib/email/send-email";
import { bookingEmail } from "./booking-emails";
import { bookingLinks } from "./booking-link-token";
import { buildBookingIcs } from "./build-booking-ics";
import { loadBookingDetails } from "./load-booking-details";
import { queueTelegramBookingMessage } from "./queue-telegram-booking-message";

// Emails the client their booking (details, .ics invite, signed cancel/reschedule link), or a
// cancellation / new-time notice. Goes through the outbox, so it survives restarts. The same news
// goes to the client's Telegram chat when the booking has one (queue-telegram-booking-message).
export async function sendBookingConfirmation(bookingId: string): Promise<void> {
  await sendBookingEmail("confirmation", bookingId);
}

export async function sendBookingEmail(kind: "confirmation" | "canceled" | "rescheduled", bookingId: string): Promise<void> {
  const booking = await loadBookingDetails(bookingId);
  if (!booking) return;
  const { manageUrl } = bookingLinks(booking.id);
  const message = bookingEmail(kind, booking, { manageUrl });
  const ics = buildBookingIcs(booking, manageUrl);
  await sendEmail({
    orgId: booking.orgId,
    to: booking.clientEmail,
    ...message,
    attachments: [{ filename: kind === "canceled" ? "canceled.ics" : "invite.ics", content: Buffer.from(ics, "utf8").toString("base64"), contentType: "text/calendar; charset=utf-8" }],
  });
  await db.$transaction((tx) => queueTelegramBookingMessage(tx, { bookingId, kind })).catch((err) => console.error("[booking] could not queue the Telegram message", bookingId, err)); // the email stands
}
