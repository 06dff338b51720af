import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { queueEmailDelivery, recordEmail } from "@/lib/email/send-email";
import { bookingLinks } from "../public/booking-link-token";
import { bookingReminderEmail } from "./booking-status-emails";
import { queueTelegramBookingReminder } from "./queue-telegram-booking-reminder";

// Once a minute (pg-boss queue "booking.reminders"): every CONFIRMED booking whose reminder moment
// (startsAt - offset, for each of its service's reminderOffsetsMinutes) has passed while startsAt
// has not gets that reminder, once. Only the latest due offset counts: a booking made 30 minutes
// before its start gets the 1 h reminder, never a late 24 h one, and a worker that was down for
// a day does not send a burst of stale ones. The BookingReminder row (bookingId, offset, startsAt)
// and the outbox email commit in one transaction, so two concurrent runs or a crash mid-way never
// send twice; a rescheduled booking (new startsAt) gets fresh reminders; a canceled one none.
type Due = { bookingId: string; offsetMinutes: number; startsAt: Date };

/** The (booking, offset) pairs due at `now`: for each booking, the smallest offset whose moment has passed, if not sent yet. */
export async function findDueReminders(now: Date, { orgIds, limit = 500 }: { orgIds?: string[]; limit?: number } = {}): Promise<Due[]> {
  const orgFilter = orgIds ? Prisma.sql`AND b."orgId" = ANY(${orgIds})` : Prisma.empty;
  return db.$queryRaw<Due[]>`
    SELECT d."bookingId", d."offsetMinutes", d."startsAt" FROM (
      SELECT b."id" AS "bookingId", b."startsAt", MIN(o.m)::int AS "offsetMinutes"
      FROM "Booking" b
      JOIN "Service" s ON s."id" = b."serviceId"
      CROSS JOIN LATERAL unnest(s."reminderOffsetsMinutes") AS o(m)
      WHERE b."status" = 'CONFIRMED' AND b."startsAt" > ${now}
        AND o.m > 0 AND b."startsAt" - make_interval(mins => o.m) <= ${now} ${orgFilter}
      GROUP BY b."id", b."startsAt"
    ) d
    WHERE NOT EXISTS (SELECT 1 FROM "BookingReminder" r WHERE r."bookingId" = d."bookingId" AND r."offsetMinutes" = d."offsetMinutes" AND r."startsAt" = d."startsAt")
    ORDER BY d."startsAt"
    LIMIT ${limit}`;
}

/** One reminder in one transaction; false when another run sent it or the booking changed meanwhile. */
async function sendOne(due: Due, now: Date): Promise<string | null> {
  return db.$transaction(async (tx: Prisma.TransactionClient) => {
    // Lock the booking so a concurrent cancel/reschedule either happens before (we see it) or after.
    const [booking] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Booking" WHERE "id" = ${due.bookingId} AND "status" = 'CONFIRMED' AND "startsAt" = ${due.startsAt} AND "startsAt" > ${now} FOR UPDATE`;
    if (!booking) return null;
    const inserted = await tx.$executeRaw`
      INSERT INTO "BookingReminder" ("bookingId", "offsetMinutes", "startsAt", "sentAt") VALUES (${due.bookingId}, ${due.offsetMinutes}, ${due.startsAt}, ${now})
      ON CONFLICT DO NOTHING`;
    if (inserted === 0) return null;
    const b = await tx.booking.findUniqueOrThrow({
      where: { id: due.bookingId },
      select: { orgId: true, startsAt: true, clientName: true, clientEmail: true, clientTimeZone: true, org: { select: { name: true } }, service: { select: { name: true } }, staffMember: { select: { name: true } } },
    });
    const message = bookingReminderEmail({
      orgName: b.org.name,
      serviceName: b.service.name,
      staffName: b.staffMember.name,
      startsAt: b.startsAt,
      clientName: b.clientName,
      clientTimeZone: b.clientTimeZone,
      offsetMinutes: due.offsetMinutes,
      manageUrl: bookingLinks(due.bookingId).manageUrl,
    });
    const email = await recordEmail({ orgId: b.orgId, to: b.clientEmail, ...message }, tx);
    await queueTelegramBookingReminder({ tx, bookingId: due.bookingId, offsetMinutes: due.offsetMinutes });
    return email.id;
  });
}

/** `orgIds` narrows the run to some orgs (tests); the job runs for all. */
export async function sendDueReminders({ now = new Date(), orgIds }: { now?: Date; orgIds?: string[] } = {}): Promise<{ sent: number }> {
  let sent = 0;
  for (const due of await findDueReminders(now, { orgIds })) {
    const emailId = await sendOne(due, now);
    if (!emailId) continue;
    sent++;
    await queueEmailDelivery(emailId);
  }
  return { sent };
}

/** pg-boss handler of queue "booking.reminders". */
export async function runBookingRemindersJob(): Promise<void> {
  await sendDueReminders();
}
