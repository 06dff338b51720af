import type PgBoss from "pg-boss";
import { requestRecomputeForAllOrgs, runAnalyticsRecomputeJob } from "@/lib/analytics/request-recompute";
import { runBookingRemindersJob } from "@/lib/booking/send-due-reminders";
import { runBookingHoldJob } from "@/lib/booking/sweep-booking-holds";
import { deliverEmail } from "@/lib/email/deliver-email";
import { runTicketHoldJob } from "@/lib/ticketing/expire-ticket-hold";
import { sendTicketEmails } from "@/lib/ticketing/send-ticket-emails";
import { createBoss, queues, startBoss } from "./boss";

// Every queue's handler in one place; a new area adds its line here.
const handlers: Record<string, (data: never) => Promise<void>> = {
  [queues.sendEmail]: deliverEmail,
  [queues.analyticsRecompute]: runAnalyticsRecomputeJob,
  [queues.analyticsRecomputeAll]: async () => void (await requestRecomputeForAllOrgs()),
  [queues.bookingReminders]: runBookingRemindersJob,
  [queues.bookingExpireHold]: runBookingHoldJob, // { bookingId }: that hold; {}: the once-a-minute sweep
  [queues.ticketExpireHold]: runTicketHoldJob, // { orderId }: that ticket hold; {}: the once-a-minute sweep
  [queues.ticketSendEmails]: async (data: { orgId: string; orderId: string }) => void (await sendTicketEmails(data)), // a free order's ticket emails
};

// Cron schedules (UTC); pg-boss keeps one per queue name and fires it once across all workers.
const schedules: { name: string; cron: string }[] = [
  { name: queues.analyticsRecomputeAll, cron: "0 3 * * *" }, // nightly analytics recompute of every org with orders
  { name: queues.bookingReminders, cron: "* * * * *" }, // booking reminders that came due (each sent once)
  { name: queues.bookingExpireHold, cron: "* * * * *" }, // sweep of overdue booking holds and unrefunded late payments
  { name: queues.ticketExpireHold, cron: "* * * * *" }, // sweep of overdue ticket holds and unrefunded late payments
];

export async function runWorker(connectionString?: string): Promise<PgBoss> {
  const boss = await startBoss(createBoss(connectionString));
  for (const [name, handle] of Object.entries(handlers)) {
    await boss.work<object>(name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
      await handle(job.data as never);
    });
  }
  for (const { name, cron } of schedules) await boss.schedule(name, cron, {}, { tz: "UTC" });
  return boss;
}
