import type PgBoss from "pg-boss";
import { analyticsJobHandlers } from "@/lib/analytics";
import { bookingJobHandlers } from "@/lib/booking";
import { botJobHandlers } from "@/lib/bots";
import { startTelegramUpdateDrainer } from "@/lib/bots";
import { emailJobHandlers } from "@/lib/email/job-handlers";
import { createBoss, queues, startBoss, type JobHandler } from "@/lib/jobs/boss";
import { ticketingJobHandlers } from "@/lib/ticketing";

// The worker process: every area's job handlers (each parses its queue's zod payload before it
// runs), the cron schedules and the Telegram drainer. The one place that knows every area's
// jobs; lib/jobs itself knows none. A new area adds its handler list here.
export const jobHandlers: JobHandler[] = [...emailJobHandlers, ...analyticsJobHandlers, ...bookingJobHandlers, ...ticketingJobHandlers, ...botJobHandlers];

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
  for (const { queue, run } of jobHandlers) {
    const { workers, pollingIntervalSeconds } = workerOptions[queue] ?? { workers: 1, pollingIntervalSeconds: 2 };
    for (let i = 0; i < workers; i++) {
      await boss.work<unknown>(queue, { batchSize: 1, pollingIntervalSeconds }, async ([job]) => run(job.data));
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
