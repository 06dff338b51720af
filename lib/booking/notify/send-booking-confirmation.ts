import { db, type Prisma } from "@/lib/db/client";
import { queueEmailDelivery, recordEmail } from "@/lib/email/send-email";
import { bookingEmail } from "./booking-emails";
import { bookingLinks } from "../public/booking-link-token";
import { bookingIcsContentType, buildBookingIcs } from "../public/build-booking-ics";
import { isActiveBooking, loadBookingDetails } from "../admin/load-booking-details";
import { queueTelegramBookingMessage } from "./queue-telegram-booking-message";

// Emails the client their booking (details, .ics invite, signed cancel/reschedule link), or a
// cancellation / new-time notice. Goes through the outbox, so it survives restarts. The same news
// goes to the client's Telegram chat when the booking has one (queue-telegram-booking-message).
//
// These run after the change that prompted them committed (a payment webhook, a move, a cancel),
// so the booking may have changed meanwhile: a refund racing the payment must not confirm a
// canceled booking. Each message is written under the booking's row lock, and only while the
// news is still true (that lock orders it against cancels, refunds and moves).
type Kind = "confirmation" | "canceled" | "rescheduled";

export async function sendBookingConfirmation(bookingId: string): Promise<void> {
  await sendBookingEmail("confirmation", bookingId);
}

const stillTrue = (kind: Kind, status: string) => (kind === "canceled" ? status === "CANCELED" : isActiveBooking(status));

async function lockIfStillTrue(tx: Prisma.TransactionClient, bookingId: string, kind: Kind) {
  await tx.$queryRaw`SELECT id FROM "Booking" WHERE id = ${bookingId} FOR UPDATE`;
  const booking = await loadBookingDetails(bookingId, tx);
  return booking && stillTrue(kind, booking.status) ? booking : null;
}

export async function sendBookingEmail(kind: Kind, bookingId: string): Promise<void> {
  const emailId = await db.$transaction(async (tx) => {
    const booking = await lockIfStillTrue(tx, bookingId, kind);
    if (!booking) return null;
    const { manageUrl } = bookingLinks(booking.id);
    const message = bookingEmail(kind, booking, { manageUrl });
    const ics = buildBookingIcs({ booking, manageUrl, delivery: "email" });
    const attachments = [{ filename: kind === "canceled" ? "canceled.ics" : "invite.ics", content: Buffer.from(ics, "utf8").toString("base64"), contentType: bookingIcsContentType(booking.status) }];
    return (await recordEmail({ orgId: booking.orgId, to: booking.clientEmail, ...message, attachments }, tx)).id;
  });
  if (!emailId) return;
  await queueEmailDelivery(emailId);
  await db
    .$transaction(async (tx) => void ((await lockIfStillTrue(tx, bookingId, kind)) && (await queueTelegramBookingMessage(tx, { bookingId, kind }))))
    .catch((err) => console.error("[booking] could not queue the Telegram message", bookingId, err)); // the email stands
}
