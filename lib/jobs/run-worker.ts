import type PgBoss from "pg-boss";
import { requestRecomputeForAllOrgs, runAnalyticsRecomputeJob } from "@/lib/analytics/rollups/request-recompute";
import { runBookingRemindersJob } from "@/lib/booking/notify/send-due-reminders";
import { runBookingHoldJob } from "@/lib/booking/sweep-booking-holds";
import { startTelegramUpdateDrainer } from "@/lib/bots/runtime/drain-telegram-updates";
import { processTelegramUpdates } from "@/lib/bots/runtime/process-telegram-update";
import { runFlowEventJob, runHttpRequestJob, sweepTelegramWork } from "@/lib/bots/runtime/run-bot-flow-jobs";
import { runBroadcastJob, sweepBroadcasts } from "@/lib/bots/broadcasts/sweep-broadcasts";
import { sendDueDripSteps } from "@/lib/bots/drips/send-due-drip-steps";
import { sendBotMessages } from "@/lib/bots/runtime/send-bot-messages";
import { deliverEmail } from "@/lib/email/deliver-email";
import { runTicketHoldJob } from "@/lib/ticketing/expire-ticket-hold";
import { runTicketDeliveryJob } from "@/lib/ticketing/tickets/send-ticket-emails";
import { createBoss, queues, startBoss } from "./boss";

// Every queue's handler in one place; a new area adds its line here.
const handlers: Record<string, (data: never) => Promise<void>> = {
  [queues.sendEmail]: deliverEmail,
  [queues.analyticsRecompute]: runAnalyticsRecomputeJob,
  [queues.analyticsRecomputeAll]: async () => void (await requestRecomputeForAllOrgs()),
  [queues.bookingReminders]: runBookingRemindersJob,
  [queues.bookingExpireHold]: runBookingHoldJob, // { bookingId }: that hold; {}: the once-a-minute sweep
  [queues.ticketExpireHold]: runTicketHoldJob, // { orderId }: that ticket hold; {}: the once-a-minute sweep
  [queues.ticketSendEmails]: runTicketDeliveryJob, // { orgId, orderId }: a paid order's tickets by email and in the bot chat
  [queues.telegramUpdate]: processTelegramUpdates, // { botId, chatId }: that chat's recorded updates, in order (the sweep's; the drainer does the rest)
  [queues.telegramSend]: sendBotMessages, // { subscriberId }: that subscriber's queued replies, in order
  [queues.botFlowEvent]: runFlowEventJob, // { botId, chatId, event }: a delay elapsed / the inbox handed back
  [queues.botHttpRequest]: runHttpRequestJob, // { botId, chatId, request }: a flow's HTTP node
  [queues.telegramSweep]: sweepTelegramWork,
  [queues.broadcastSend]: runBroadcastJob, // { botId }: every SENDING broadcast of that bot, at Telegram's pace
  [queues.broadcastSweep]: sweepBroadcasts, // scheduled broadcasts that came due; senders whose job was lost
  [queues.dripSend]: async () => void (await sendDueDripSteps()), // drip steps that came due (each sent once)
};

// Chats wait on these: several at once, polled often (others keep the defaults).
const workerOptions: Record<string, { workers: number; pollingIntervalSeconds: number }> = {
  [queues.telegramUpdate]: { workers: 1, pollingIntervalSeconds: 2 },
  [queues.telegramSend]: { workers: 4, pollingIntervalSeconds: 0.5 },
  [queues.botFlowEvent]: { workers: 2, pollingIntervalSeconds: 1 },
  [queues.botHttpRequest]: { workers: 2, pollingIntervalSeconds: 1 },
};

// Cron schedules (UTC); pg-boss keeps one per queue name and fires it once across all workers.
const schedules: { name: string; cron: string }[] = [
  { name: queues.analyticsRecomputeAll, cron: "0 3 * * *" }, // nightly analytics recompute of every org with orders
  { name: queues.bookingReminders, cron: "* * * * *" }, // booking reminders that came due (each sent once)
  { name: queues.bookingExpireHold, cron: "* * * * *" }, // sweep of overdue booking holds and unrefunded late payments
  { name: queues.ticketExpireHold, cron: "* * * * *" }, // sweep of overdue ticket holds and unrefunded late payments
  { name: queues.telegramSweep, cron: "* * * * *" }, // Telegram updates or replies whose job was lost
  { name: queues.broadcastSweep, cron: "* * * * *" }, // due scheduled broadcasts; restarts a sender after a crash
  { name: queues.dripSend, cron: "* * * * *" }, // due drip steps
];

export async function runWorker(connectionString?: string): Promise<PgBoss> {
  const boss = await startBoss(createBoss(connectionString));
  for (const [name, handle] of Object.entries(handlers)) {
    const { workers, pollingIntervalSeconds } = workerOptions[name] ?? { workers: 1, pollingIntervalSeconds: 2 };
    for (let i = 0; i < workers; i++) {
      await boss.work<object>(name, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => {
        await handle(job.data as never);
      });
    }
  }
  for (const { name, cron } of schedules) await boss.schedule(name, cron, {}, { tz: "UTC" });
  // A restarted worker takes over a broadcast its predecessor left at once, not at the next minute.
  await boss.send(queues.broadcastSweep, {});
  // Webhook updates are drained from their table, woken by the webhook's NOTIFY (no job per update).
  const drainer = startTelegramUpdateDrainer();
  const stopBoss = boss.stop.bind(boss);
  boss.stop = async (options) => {
    await drainer.stop();
    return stopBoss(options);
  };
  return boss;
}
