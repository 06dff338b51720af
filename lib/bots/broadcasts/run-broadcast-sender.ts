import type { Telegram } from "telegraf";
import { loadBotToken } from "@/lib/bots/admin/load-bot-token";
import { recordBroadcastCampaign } from "@/lib/analytics";
import { telegramFor } from "@/lib/bots/runtime/telegram-client";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimFeed, confirmSent, lastSendAgoMs, markAttempt, markRefused, recordBlocked, recordFailure, recoverStaleDeliveries, refreshBroadcastCounts, releaseDeliveries, type ClaimedDelivery } from "./broadcast-deliveries";
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
const REFILL_AT = 10; // claim the next batch while this many rows are still waiting
const IN_FLIGHT = 5; // Telegram answers in 50-100 ms; 30/s needs a few requests out at once, and a lane late by a slow step must not cost a slot
const MAX_LEAD_MS = 40;
const PROGRESS_MS = 2000;
const TAKEOVER_MARGIN_MS = 150;

type Options = { botId: string; perSecond?: number; signal?: AbortSignal };
export type SenderResult = "done" | "busy" | "stopped";

export async function runBroadcastSender({ botId, perSecond = 30, signal }: Options): Promise<SenderResult> {
  const result = await withSenderLock(botId, async (): Promise<SenderResult> => {
    await recoverStaleDeliveries({ botId });
    // Taking over from a sender that died a moment ago: its last second of sends still counts at
    // Telegram (the few requests it had out left after its last confirmed one: a margin for those).
    const ago = await lastSendAgoMs({ botId });
    const limiter = createRateLimiter({ perSecond, notBefore: ago === null ? 0 : Date.now() + Math.max(0, 1000 + TAKEOVER_MARGIN_MS - ago) });
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
      const token = await loadBotToken({ botId }).then(
        (b) => b.token,
        (err: unknown) => (err instanceof AppError ? null : Promise.reject(err)),
      );
      const content: BroadcastContent = { text: broadcast.text, imageUrl: broadcast.imageUrl, buttons: broadcast.buttons as BroadcastContent["buttons"] };
      const outcome = token ? await sendAll({ broadcast: { ...broadcast, botId }, telegram: telegramFor(token), content, limiter, confirms: [], markMs: 5 }, signal) : await failAll(broadcast.id);
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

type Run = { broadcast: { id: string; orgId: string; botId: string }; telegram: Telegram; content: BroadcastContent; limiter: RateLimiter; confirms: Promise<void>[]; markMs: number };
type Step = "drained" | "paused" | "stopped";

async function sendAll(run: Run, signal?: AbortSignal): Promise<Step> {
  const broadcastId = run.broadcast.id;
  const feed = claimFeed({ broadcastId, batch: BATCH, refillAt: REFILL_AT });
  const finished = new Set<string>();
  let stop: Step | null = null;
  let failure: unknown = null;
  // Live progress for the page, off the sending path (one recount at a time, in order).
  let refreshing = Promise.resolve();
  const progress = setInterval(() => void (refreshing = refreshing.then(() => refreshBroadcastCounts({ broadcastId })).catch(() => {})), PROGRESS_MS);
  // A few sends in flight at once, each paced by the limiter; the first error or pause stops them all.
  const lane = async () => {
    while (!stop && !failure) {
      if (signal?.aborted) return void (stop = "stopped");
      const delivery = await feed.next().catch((err: unknown) => void (failure ??= err));
      if (!delivery) return;
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
    clearInterval(progress);
    await refreshing;
    const unconfirmed = (await Promise.allSettled(run.confirms.splice(0))).find((r) => r.status === "rejected");
    if (unconfirmed) failure ??= unconfirmed.reason; // the row stays SENDING: "outcome unknown", never sent again
    // Rows not finished go back to PENDING, except one whose request may be out (attempts > 0).
    await releaseDeliveries({ deliveryIds: (await feed.close()).filter((id) => !finished.has(id)) });
    await refreshBroadcastCounts({ broadcastId });
  }
  if (failure) throw failure;
  return stop ?? "drained";
}

async function deliverOne(run: Run, delivery: ClaimedDelivery): Promise<"ok" | "paused"> {
  const { broadcast, telegram, content, limiter, confirms } = run;
  const broadcastId = broadcast.id;
  if (delivery.subscriberStatus === "BLOCKED") return (void (await recordBlocked({ delivery })), "ok");
  if (delivery.subscriberStatus !== "ACTIVE") return (void (await recordFailure({ deliveryId: delivery.id, error: "The subscriber unsubscribed." })), "ok");
  const chat = String(delivery.chatId);
  for (;;) {
    // Woken a little before the slot, the attempt is marked in that lead time, then the request
    // leaves on its slot: between the mark and the request stay a few milliseconds.
    const ticket = await limiter.take(chat, Math.min(MAX_LEAD_MS, run.markMs * 1.5));
    const markedAt = performance.now();
    if (!(await markAttempt({ deliveryId: delivery.id, broadcastId }))) return "paused";
    run.markMs = 0.8 * run.markMs + 0.2 * (performance.now() - markedAt);
    if (!(await limiter.dispatch(ticket))) {
      await markRefused({ deliveryId: delivery.id }); // a 429 pause began meanwhile: nothing left, plan again
      continue;
    }
    const outcome = await sendBroadcastMessage({ telegram, delivery, content });
    switch (outcome.kind) {
      case "sent":
        // Confirmed while the next one is paced and sent: until then the row is SENDING with attempts > 0.
        if (confirms.length >= 50) await Promise.all(confirms.splice(0)); // long settled: keeps the list short
        const confirmed = confirmSent({ delivery, broadcastId, orgId: broadcast.orgId, botId: broadcast.botId, text: outcome.text, telegramMessageId: outcome.messageId });
        confirmed.catch(() => {}); // awaited later; until then a failure must not be an unhandled rejection (it would end the process)
        confirms.push(confirmed);
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
