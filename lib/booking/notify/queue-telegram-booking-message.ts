import { escapeHtml } from "@/lib/bots";
import type { OutgoingMessage } from "@/lib/bots";
import { queuePurchaseMessage } from "@/lib/bots";
import type { Prisma } from "@/lib/db/client";
import { bookingLinks } from "../public/booking-link-token";
import { describeOffset } from "./booking-status-emails";
import { formatBookingTime } from "../admin/load-booking-details";

// What the client hears in Telegram about a booking, beside each email: the confirmation (or
// request received), staff confirming or declining, a cancellation, a new time, the reminder.
// Queued in the caller's transaction for the booking's chat (lib/bots/runtime/queue-purchase-message.ts:
// the bot link it came from, else the client's own chat with the org's bot); none: nothing.
export type BookingMessageKind = "confirmation" | "confirmed" | "declined" | "canceled" | "rescheduled" | "reminder";

type Booking = {
  id: string;
  status: string;
  startsAt: Date;
  clientTimeZone: string;
  canceledBy: string | null;
  org: { name: string };
  service: { name: string };
  staffMember: { name: string };
};

export async function queueTelegramBookingMessage(tx: Prisma.TransactionClient, { bookingId, kind, offsetMinutes = 0 }: { bookingId: string; kind: BookingMessageKind; offsetMinutes?: number }): Promise<boolean> {
  const booking = await tx.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      orgId: true,
      customerId: true,
      botRef: true,
      status: true,
      startsAt: true,
      clientTimeZone: true,
      canceledBy: true,
      org: { select: { name: true } },
      service: { select: { name: true } },
      staffMember: { select: { name: true } },
    },
  });
  if (!booking) return false;
  return queuePurchaseMessage(tx, { orgId: booking.orgId, botRef: booking.botRef, customerId: booking.customerId, message: bookingTelegramMessage(kind, booking, offsetMinutes) });
}

/** The message: what happened, the service and who with, the time in the client's zone, a manage button while it stands. */
export function bookingTelegramMessage(kind: BookingMessageKind, booking: Booking, offsetMinutes = 0): OutgoingMessage {
  const what = `<b>${escapeHtml(booking.service.name)}</b> with ${escapeHtml(booking.staffMember.name)}`;
  const when = escapeHtml(`${formatBookingTime(booking.startsAt, booking.clientTimeZone)} (${booking.clientTimeZone})`);
  const org = escapeHtml(booking.org.name);
  const text = kind === "reminder" ? `⏰ Reminder: <b>${escapeHtml(booking.service.name)}</b> ${describeOffset(offsetMinutes)}, with ${escapeHtml(booking.staffMember.name)}\n${when}` : `${headline(kind, booking, org)}\n\n${what}\n${when}`;
  const stands = kind !== "canceled" && kind !== "declined";
  return { text, ...(stands ? { buttons: [[{ text: "Cancel or reschedule", url: bookingLinks(booking.id).manageUrl }]] } : {}) };
}

function headline(kind: Exclude<BookingMessageKind, "reminder">, booking: Booking, org: string): string {
  switch (kind) {
    case "confirmed":
      return `✅ ${org} confirmed your booking.`;
    case "declined":
      return `Sorry: ${org} cannot take this booking. You are welcome to pick another time.`;
    case "canceled":
      return `❌ Your booking at ${org} has been canceled${booking.canceledBy === "staff" ? " by the business" : ""}.`;
    case "rescheduled":
      return `🔁 Your booking at ${org} has moved to a new time.`;
    case "confirmation":
      if (booking.status === "PENDING_CONFIRMATION") return `📝 ${org} has received your booking request and will confirm it soon.`;
      if (booking.status === "PENDING_PAYMENT") return `Your booking at ${org} is waiting for payment.`;
      return `✅ Your booking at ${org} is confirmed.`;
  }
}
