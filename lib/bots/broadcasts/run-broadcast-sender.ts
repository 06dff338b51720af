import type { Telegram } from "telegraf";
import { loadBotToken } from "@/lib/bots/load-bot-token";
import { recordBroadcastCampaign } from "@/lib/analytics/campaigns/record-broadcast-campaign";
import { telegramFor } from "@/lib/bots/telegram-client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimDeliveries, confirmSent, markAttempt, markRefused, recordBlocked, recordFailure, recoverStaleDeliveries, refreshBroadcastCounts, releaseDeliveries, type ClaimedDelivery } from "./broadcast-deliveries";
import { materialiseBroadcast } from "./materialise-broadcast";
import { createRateLimiter, type RateLimiter } from "./rate-limiter";
import { sendBroadcastMessage, type BroadcastContent } from "./send-broadcast-message";
import { withSenderLock } from "./with-sender-lock";

// The `broadcast.send` job for one bot: under the bot's sender lock, every SENDING broadcast of
// the bot, oldest first: recipients materialised, then claimed in small batches and sent one by
// one at the bot's pace. Pause and cancel are seen between two messages. A send whose outcome is
// unknown (timeout, dropped connection) stops the run and the job retries later. At most
// IN_FLIGHT requests are out at once, so a crash leaves at most that many rows unknown; see
// broadcast-deliveries.ts for what a crash leaves and why nothing is sent twice.
const BATCH = 60;
const IN_FLIGHT = 3; // Telegram answers in 50-100 ms; 30/s needs a few requests out at once

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
      await refreshBroadcastCounts({ broadcastId: broadcast.id }); // rows a crashed sender left "unknown" count as failed
      const token = await loadBotToken({ botId }).then((b) => b.token, (err: unknown) => (err instanceof AppError ? null : Promise.reject(err)));
      const content: BroadcastContent = { text: broadcast.text, imageUrl: broadcast.imageUrl, buttons: broadcast.buttons as BroadcastContent["buttons"] };
      const outcome = token ? await sendAll({ broadcast: { ...broadcast, botId }, telegram: telegramFor(token), content, limiter, confirms: [] }, signal) : await failAll(broadcast.id);
      if (outcome === "stopped") return "stopped";
      if (outcome === "drained") {
        drained.add(broadcast.id);
        const finished = await db.$executeRaw`
          UPDATE "Broadcast" SET "status" = 'DONE', "finishedAt" = now() WHERE "id" = ${broadcast.id} AND "status" = 'SENDING'
            AND NOT EXISTS (SELECT 1 FROM "BroadcastDelivery" WHERE "broadcastId" = ${broadcast.id} AND "status" IN ('PENDING', 'SENDING'))`;
        // The finished broadcast shows up in Analytics -> Campaigns (conversions fill in with each recompute).
        if (finished > 0) await recordBroadcastCampaign({ orgId: broadcast.orgId, broadcastId: broadcast.id }).catch((err) => console.error("[broadcast] campaign not recorded", err));
      }
    }
  });
  return result ?? "busy";
}

type Run = { broadcast: { id: string; orgId: string; botId: string }; telegram: Telegram; content: BroadcastContent; limiter: RateLimiter; confirms: Promise<void>[] };
type Step = "drained" | "paused" | "stopped";

async function sendAll(run: Run, signal?: AbortSignal): Promise<Step> {
  for (;;) {
    const batch = await claimDeliveries({ broadcastId: run.broadcast.id, limit: BATCH });
    if (batch.length === 0) return "drained";
    const finished = new Set<string>();
    let next = 0;
    let stop: Step | null = null;
    let failure: unknown = null;
    // A few sends in flight at once, each paced by the limiter; the first error or pause stops them all.
    const lane = async () => {
      while (!stop && !failure && next < batch.length) {
        if (signal?.aborted) return void (stop = "stopped");
        const delivery = batch[next++];
        try {
          if ((await deliverOne(run, delivery)) === "paused") return void (stop = "paused");
          finished.add(delivery.id);
        } catch (err) {
          failure ??= err;
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    } finally {
      await Promise.all(run.confirms.splice(0));
      // Rows not finished go back to PENDING, except one whose request may be out (attempts > 0).
      await releaseDeliveries({ deliveryIds: batch.filter((d) => !finished.has(d.id)).map((d) => d.id) });
      await refreshBroadcastCounts({ broadcastId: run.broadcast.id });
    }
    if (failure) throw failure;
    if (stop) return stop;
  }
}

async function deliverOne({ broadcast, telegram, content, limiter, confirms }: Run, delivery: ClaimedDelivery): Promise<"ok" | "paused"> {
  const broadcastId = broadcast.id;
  if (delivery.subscriberStatus === "BLOCKED") return void (await recordBlocked({ delivery })), "ok";
  if (delivery.subscriberStatus !== "ACTIVE") return void (await recordFailure({ deliveryId: delivery.id, error: "The subscriber unsubscribed." })), "ok";
  const chat = String(delivery.chatId);
  for (;;) {
    const ticket = await limiter.take(chat);
    if (!(await markAttempt({ deliveryId: delivery.id, broadcastId }))) return "paused";
    await limiter.dispatch(ticket);
    const outcome = await sendBroadcastMessage({ telegram, delivery, content });
    switch (outcome.kind) {
      case "sent":
        // Confirmed while the next one is paced and sent: until then the row is SENDING with attempts > 0.
        confirms.push(confirmSent({ delivery, broadcastId, orgId: broadcast.orgId, botId: broadcast.botId, text: outcome.text, telegramMessageId: outcome.messageId }));
        return "ok";
      case "retryAfter":
        await markRefused({ deliveryId: delivery.id });
        limiter.pauseFor(outcome.seconds * 1000); // the same row again, after the wait
        continue;
      case "blocked":
        await recordBlocked({ delivery });
        return "ok";
      case "failed":
        await recordFailure({ deliveryId: delivery.id, error: outcome.error });
        return "ok";
      case "notSent":
        await markRefused({ deliveryId: delivery.id }); // released with the rest of the batch
        throw new Error(`Broadcast ${broadcastId} paused on a send error: ${outcome.error}`);
      case "unknown":
        throw new Error(`Broadcast ${broadcastId} stopped on an unknown send outcome: ${outcome.error}`);
    }
  }
}

/** The bot lost its token (disconnected, demo): every waiting recipient fails with the reason. */
async function failAll(broadcastId: string): Promise<Step> {
  const error = "The bot is not connected to Telegram.";
  await db.broadcastDelivery.updateMany({ where: { broadcastId, status: { in: ["PENDING", "SENDING"] } }, data: { status: "FAILED", error } });
  await refreshBroadcastCounts({ broadcastId });
  return "drained";
}
