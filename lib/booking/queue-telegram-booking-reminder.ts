import type { Prisma } from "@/lib/db/client";
import { escapeHtml } from "@/lib/bots/flow-engine/format-telegram-html";
import { queueBotMessages } from "@/lib/bots/queue-bot-messages";

// A reminder for a client who also talks to one of the org's connected bots goes to their
// Telegram chat too. Called inside the reminder's transaction (after its BookingReminder row is
// written): the message row and its telegram.send job commit with it, so it is sent exactly
// when the email is. No active subscriber of a connected bot: nothing to do.
export async function queueTelegramBookingReminder({ tx, bookingId }: { tx: Prisma.TransactionClient; bookingId: string; offsetMinutes: number }): Promise<void> {
  const booking = await tx.booking.findUnique({ where: { id: bookingId }, select: { orgId: true, customerId: true, startsAt: true, clientTimeZone: true, service: { select: { name: true } }, staffMember: { select: { name: true } } } });
  if (!booking) return;
  const subscriber = await tx.botSubscriber.findFirst({
    where: { orgId: booking.orgId, customerId: booking.customerId, status: "ACTIVE", bot: { status: "ACTIVE" } },
    orderBy: { lastInteractionAt: "desc" },
    select: { id: true, botId: true },
  });
  if (!subscriber) return;
  const when = booking.startsAt.toLocaleString("en-GB", { timeZone: booking.clientTimeZone, weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
  const text = `Reminder: <b>${escapeHtml(booking.service.name)}</b> with ${escapeHtml(booking.staffMember.name)} on ${escapeHtml(when)} (${escapeHtml(booking.clientTimeZone)}).`;
  await queueBotMessages(tx, { orgId: booking.orgId, botId: subscriber.botId, subscriberId: subscriber.id, messages: [{ text }] });
}
