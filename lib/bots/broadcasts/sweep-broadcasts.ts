import { db } from "@/lib/db/client";
import { sendJob } from "@/lib/jobs/boss";
import { broadcastSendJob } from "@/lib/bots/jobs";
import { runBroadcastSender } from "./run-broadcast-sender";

// The jobs around the sender. `broadcast.send` { botId } runs the bot's sender (a second one
// at once just returns: the lock holder sends for it). The once-a-minute `broadcast.sweep`
// starts scheduled broadcasts that came due and re-queues a sender for every bot that still has
// a SENDING broadcast: a crashed worker's work is picked up within a minute, so nothing is lost.
const SENDER_EXPIRY_S = 6 * 3600; // 100k recipients at 30/s take about an hour

export async function runBroadcastJob({ botId }: { botId: string }): Promise<void> {
  await runBroadcastSender({ botId });
}

export async function queueBroadcastSender({ botId }: { botId: string }) {
  await sendJob(broadcastSendJob, { botId }, { singletonKey: botId, expireInSeconds: SENDER_EXPIRY_S, retryDelay: 10 });
}

export async function sweepBroadcasts({ now = new Date() }: { now?: Date } = {}): Promise<void> {
  await db.broadcast.updateMany({ where: { status: "SCHEDULED", scheduledAt: { lte: now } }, data: { status: "SENDING" } });
  const bots = await db.broadcast.findMany({ where: { status: "SENDING" }, distinct: ["botId"], select: { botId: true }, take: 1000 });
  for (const { botId } of bots) await queueBroadcastSender({ botId });
}
