import { loadBotToken } from "@/lib/bots/load-bot-token";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimDeliveries, confirmSent, markAttempt, markRefused, recordBlocked, recordFailure, recoverStaleDeliveries, releaseDeliveries, type ClaimedDelivery } from "./broadcast-deliveries";
import { materialiseBroadcast } from "./materialise-broadcast";
import { createRateLimiter, type RateLimiter } from "./rate-limiter";
import { sendBroadcastMessage, type BroadcastContent } from "./send-broadcast-message";
import { withSenderLock } from "./with-sender-lock";

// The `broadcast.send` job for one bot: under the bot's sender lock, every SENDING broadcast of
// the bot, oldest first: recipients materialised, then claimed in small batches and sent one by
// one at the bot's pace. Pause and cancel are seen between two messages. A send whose outcome is
// unknown (timeout, dropped connection) stops the run and the job retries later; see
// broadcast-deliveries.ts for what a crash leaves and why nothing is sent twice.
const BATCH = 20;

type Options = { botId: string; perSecond?: number; signal?: AbortSignal };
export type SenderResult = "done" | "busy" | "stopped";

export async function runBroadcastSender({ botId, perSecond = 30, signal }: Options): Promise<SenderResult> {
  const result = await withSenderLock(botId, async (): Promise<SenderResult> => {
    await recoverStaleDeliveries({ botId });
    const limiter = createRateLimiter({ perSecond });
    const drained = new Set<string>();
    for (;;) {
      if (signal?.aborted) return "stopped";
      const broadcast = await db.broadcast.findFirst({
        where: { botId, status: "SENDING", id: { notIn: [...drained] } },
        orderBy: [{ startedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
        select: { id: true, orgId: true, startedAt: true, text: true, imageUrl: true, buttons: true },
      });
      if (!broadcast) return "done";
      if (!broadcast.startedAt) await materialiseBroadcast({ broadcastId: broadcast.id });
      const token = await loadBotToken({ botId }).then((b) => b.token, (err: unknown) => (err instanceof AppError ? null : Promise.reject(err)));
      const content: BroadcastContent = { text: broadcast.text, imageUrl: broadcast.imageUrl, buttons: broadcast.buttons as BroadcastContent["buttons"] };
      const outcome = token ? await sendAll({ broadcast: { ...broadcast, botId }, token, content, limiter, signal }) : await failAll(broadcast.id);
      if (outcome === "stopped") return "stopped";
      if (outcome === "drained") {
        drained.add(broadcast.id);
        await db.$executeRaw`
          UPDATE "Broadcast" SET "status" = 'DONE', "finishedAt" = now() WHERE "id" = ${broadcast.id} AND "status" = 'SENDING'
            AND NOT EXISTS (SELECT 1 FROM "BroadcastDelivery" WHERE "broadcastId" = ${broadcast.id} AND "status" IN ('PENDING', 'SENDING'))`;
      }
    }
  });
  return result ?? "busy";
}

type Target = { id: string; orgId: string; botId: string };
type Step = "drained" | "paused" | "stopped";

async function sendAll({ broadcast, token, content, limiter, signal }: { broadcast: Target; token: string; content: BroadcastContent; limiter: RateLimiter; signal?: AbortSignal }): Promise<Step> {
  for (;;) {
    const batch = await claimDeliveries({ broadcastId: broadcast.id, limit: BATCH });
    if (batch.length === 0) return "drained";
    let done = 0;
    try {
      for (const delivery of batch) {
        if (signal?.aborted) return "stopped";
        if ((await deliverOne({ broadcast, token, content, limiter, delivery })) === "paused") return "paused";
        done++;
      }
    } finally {
      // Rows not yet finished go back to PENDING, except one whose request may be out (attempts > 0).
      await releaseDeliveries({ deliveryIds: batch.slice(done).map((d) => d.id) });
    }
  }
}

async function deliverOne({ broadcast, token, content, limiter, delivery }: { broadcast: Target; token: string; content: BroadcastContent; limiter: RateLimiter; delivery: ClaimedDelivery }): Promise<"ok" | "paused"> {
  if (delivery.subscriberStatus === "BLOCKED") return void (await recordBlocked({ delivery, broadcastId: broadcast.id })), "ok";
  if (delivery.subscriberStatus !== "ACTIVE") return void (await recordFailure({ deliveryId: delivery.id, broadcastId: broadcast.id, error: "The subscriber unsubscribed." })), "ok";
  for (;;) {
    await limiter.take(String(delivery.chatId));
    if (!(await markAttempt({ deliveryId: delivery.id, broadcastId: broadcast.id }))) return "paused";
    const outcome = await sendBroadcastMessage({ token, delivery, content });
    switch (outcome.kind) {
      case "sent":
        await confirmSent({ delivery, broadcastId: broadcast.id, orgId: broadcast.orgId, botId: broadcast.botId, text: outcome.text, telegramMessageId: outcome.messageId });
        return "ok";
      case "retryAfter":
        await markRefused({ deliveryId: delivery.id });
        limiter.pauseFor(outcome.seconds * 1000); // the same row again, after the wait
        continue;
      case "blocked":
        await recordBlocked({ delivery, broadcastId: broadcast.id });
        return "ok";
      case "failed":
        await recordFailure({ deliveryId: delivery.id, broadcastId: broadcast.id, error: outcome.error });
        return "ok";
      case "notSent":
        await markRefused({ deliveryId: delivery.id }); // released with the rest of the batch
        throw new Error(`Broadcast ${broadcast.id} paused on a send error: ${outcome.error}`);
      case "unknown":
        throw new Error(`Broadcast ${broadcast.id} stopped on an unknown send outcome: ${outcome.error}`);
    }
  }
}

/** The bot lost its token (disconnected, demo): every waiting recipient fails with the reason. */
async function failAll(broadcastId: string): Promise<Step> {
  const error = "The bot is not connected to Telegram.";
  const n = await db.broadcastDelivery.updateMany({ where: { broadcastId, status: { in: ["PENDING", "SENDING"] } }, data: { status: "FAILED", error } });
  await db.broadcast.update({ where: { id: broadcastId }, data: { failedCount: { increment: n.count } }, select: { id: true } });
  return "drained";
}
