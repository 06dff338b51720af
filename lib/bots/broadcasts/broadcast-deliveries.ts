import { db } from "@/lib/db/client";

// The life of one delivery row, each step one statement:
//   PENDING --claim--> SENDING (attempts 0) --markAttempt--> SENDING (attempts > 0: a request may
//   have left) --> SENT | FAILED | BLOCKED. The broadcast's counters are recounted from the rows
//   after each batch (refreshBroadcastCounts), never bumped per row: sends in flight at once
//   would otherwise fight over the one Broadcast row.
// What a crash leaves behind is decided by recoverStaleDeliveries (only one sender per bot runs,
// under a lock, so any SENDING row it finds at start belongs to a sender that died):
// A 429 or a refused connection sets attempts back to 0 (Telegram did not take it).
//   attempts = 0  -> back to PENDING: no request ever left, sending it later cannot duplicate.
//   attempts > 0  -> FAILED "outcome unknown", never resent: Telegram may have delivered it and
//                    there is no way to ask, and "never twice" wins over "maybe once more".
// Marking the attempt right before the HTTP call and confirming right after keeps that window
// to one request per crash.
export type ClaimedDelivery = { id: string; subscriberId: string; chatId: bigint; subscriberStatus: string; firstName: string; lastName: string | null; username: string | null; tags: string[]; variables: unknown };

export async function claimDeliveries({ broadcastId, limit }: { broadcastId: string; limit: number }): Promise<ClaimedDelivery[]> {
  return db.$queryRaw<ClaimedDelivery[]>`
    UPDATE "BroadcastDelivery" d SET "status" = 'SENDING', "claimedAt" = now()
    FROM "BotSubscriber" s
    WHERE d."id" IN (SELECT "id" FROM "BroadcastDelivery" WHERE "broadcastId" = ${broadcastId} AND "status" = 'PENDING' ORDER BY "id" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
      AND s."id" = d."subscriberId"
    RETURNING d."id", d."subscriberId", s."chatId", s."status"::text AS "subscriberStatus", s."firstName", s."lastName", s."username", s."tags", s."variables"`;
}

/** Claimed rows one at a time; the next batch is claimed while the last rows of this one are sent. */
export function claimFeed({ broadcastId, batch, refillAt }: { broadcastId: string; batch: number; refillAt: number }) {
  const queue: ClaimedDelivery[] = [];
  const claimed: string[] = [];
  let exhausted = false;
  let claiming: Promise<void> | null = null;
  const claimMore = () =>
    (claiming ??= claimDeliveries({ broadcastId, limit: batch })
      .then((rows) => {
        queue.push(...rows);
        claimed.push(...rows.map((r) => r.id));
        exhausted = rows.length === 0;
      })
      .finally(() => (claiming = null)));
  return {
    async next(): Promise<ClaimedDelivery | undefined> {
      for (;;) {
        if (queue.length <= refillAt && !exhausted) void claimMore().catch(() => {}); // awaited below when needed
        if (queue.length) return queue.shift();
        if (exhausted) return undefined;
        await (claiming ?? claimMore());
      }
    },
    async close(): Promise<string[]> {
      await claiming?.catch(() => {});
      exhausted = true;
      return claimed;
    },
  };
}

/** Just before the request: false when the broadcast is no longer SENDING (paused, canceled). */
export async function markAttempt({ deliveryId, broadcastId }: { deliveryId: string; broadcastId: string }): Promise<boolean> {
  const n = await db.$executeRaw`
    UPDATE "BroadcastDelivery" SET "attempts" = "attempts" + 1
    WHERE "id" = ${deliveryId} AND "status" = 'SENDING'
      AND EXISTS (SELECT 1 FROM "Broadcast" WHERE "id" = ${broadcastId} AND "status" = 'SENDING')`;
  return n === 1;
}

export async function confirmSent({ delivery, broadcastId, orgId, botId, text, telegramMessageId }: { delivery: ClaimedDelivery; broadcastId: string; orgId: string; botId: string; text: string; telegramMessageId: number }) {
  await db.$executeRaw`
    WITH d AS (
      UPDATE "BroadcastDelivery" SET "status" = 'SENT', "telegramMessageId" = ${telegramMessageId}, "sentAt" = now(), "error" = NULL
      WHERE "id" = ${delivery.id} AND "status" = 'SENDING' RETURNING "id"
    )
    INSERT INTO "BotMessage" ("id", "orgId", "botId", "subscriberId", "direction", "status", "text", "telegramMessageId", "broadcastId")
    SELECT gen_random_uuid()::text, ${orgId}, ${botId}, ${delivery.subscriberId}, 'OUT', 'SENT', ${text}, ${telegramMessageId}, ${broadcastId} FROM d`;
}

export async function recordFailure({ deliveryId, error }: { deliveryId: string; error: string }) {
  await db.$executeRaw`UPDATE "BroadcastDelivery" SET "status" = 'FAILED', "error" = ${error.slice(0, 500)} WHERE "id" = ${deliveryId} AND "status" = 'SENDING'`;
}

/** 403 (or a subscriber already blocked): the delivery and the subscriber are BLOCKED. */
export async function recordBlocked({ delivery }: { delivery: ClaimedDelivery }) {
  await db.$executeRaw`
    WITH d AS (UPDATE "BroadcastDelivery" SET "status" = 'BLOCKED', "error" = 'The subscriber blocked the bot.' WHERE "id" = ${delivery.id} AND "status" = 'SENDING' RETURNING "id")
    UPDATE "BotSubscriber" SET "status" = 'BLOCKED', "blockedAt" = coalesce("blockedAt", now()) WHERE "id" = ${delivery.subscriberId} AND "status" <> 'BLOCKED' AND EXISTS (SELECT 1 FROM d)`;
}

/** The broadcast's sent / failed / blocked counters, recounted from its rows. */
export async function refreshBroadcastCounts({ broadcastId }: { broadcastId: string }) {
  await db.$executeRaw`
    UPDATE "Broadcast" b SET "sentCount" = c.sent, "failedCount" = c.failed, "blockedCount" = c.blocked
    FROM (SELECT count(*) FILTER (WHERE "status" = 'SENT')::int AS sent, count(*) FILTER (WHERE "status" = 'FAILED')::int AS failed, count(*) FILTER (WHERE "status" = 'BLOCKED')::int AS blocked
          FROM "BroadcastDelivery" WHERE "broadcastId" = ${broadcastId}) c
    WHERE b."id" = ${broadcastId}`;
}

/** Telegram refused the request (429) or it never connected: nothing was delivered, attempts back to 0. */
export async function markRefused({ deliveryId }: { deliveryId: string }) {
  await db.$executeRaw`UPDATE "BroadcastDelivery" SET "attempts" = 0 WHERE "id" = ${deliveryId} AND "status" = 'SENDING'`;
}

/** Claimed rows no request is out for go back to PENDING (a pause, a stop); an in-flight one stays. */
export async function releaseDeliveries({ deliveryIds }: { deliveryIds: string[] }) {
  if (deliveryIds.length === 0) return;
  await db.$executeRaw`UPDATE "BroadcastDelivery" SET "status" = 'PENDING', "claimedAt" = NULL WHERE "id" = ANY(${deliveryIds}::text[]) AND "status" = 'SENDING' AND "attempts" = 0`;
}

export const UNKNOWN_OUTCOME = "Outcome unknown: the sender stopped while this message was on its way. Not resent, so nobody gets it twice.";

/** Run by a sender right after it takes the bot's lock: see the comment at the top. */
export async function recoverStaleDeliveries({ botId }: { botId: string }) {
  await db.$executeRaw`
    UPDATE "BroadcastDelivery" d SET "status" = 'PENDING', "claimedAt" = NULL
    FROM "Broadcast" b WHERE b."id" = d."broadcastId" AND b."botId" = ${botId} AND d."status" = 'SENDING' AND d."attempts" = 0`;
  await db.$executeRaw`
    UPDATE "BroadcastDelivery" d SET "status" = 'FAILED', "error" = ${UNKNOWN_OUTCOME}
    FROM "Broadcast" b WHERE b."id" = d."broadcastId" AND b."botId" = ${botId} AND d."status" = 'SENDING' AND d."attempts" > 0`;
}

/** Milliseconds since this bot's last confirmed send, when under 5 s ago: a sender taking over after a crash waits out the window. */
export async function lastSendAgoMs({ botId }: { botId: string }): Promise<number | null> {
  const [row] = await db.$queryRaw<{ ago: number | null }[]>`
    SELECT (extract(epoch FROM now() - max(d."sentAt")) * 1000)::float8 AS ago
      FROM "BroadcastDelivery" d JOIN "Broadcast" b ON b."id" = d."broadcastId"
     WHERE b."botId" = ${botId} AND b."status" = 'SENDING' AND d."sentAt" > now() - interval '5 seconds'`;
  return row?.ago ?? null;
}
