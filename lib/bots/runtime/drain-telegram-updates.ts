import type pg from "pg";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { processTelegramUpdates } from "./process-telegram-update";
import { UPDATE_CHANNEL } from "./receive-telegram-update";

// The worker side of the webhook: the TelegramUpdate table is the queue. The webhook's INSERT
// notifies UPDATE_CHANNEL; on each wake-up (and on a short poll, in case a notification was
// missed while the listening connection was down) the drainer takes the chats that have waiting
// updates and runs each through processTelegramUpdates (under the chat's advisory lock, in
// update_id order, each update marked processed in its own transaction: once, in order, also
// when several workers drain at once). A chat is never run twice at once in this process.
// The listening connection is one of the plain pool's (lib/db/pg-pool.ts leaves room for it), held
// for the drainer's life and closed, not returned, when it stops or breaks: it carries LISTEN and
// its own application_name.
const CHATS_PER_ROUND = 200;
const POLL_MS = 5_000;
const RELISTEN_MS = 5_000;
export const LISTENER_NAME = "frontdesk-update-drainer"; // pg_stat_activity.application_name

type Chat = { botId: string; chatId: bigint };
export type Drainer = { stop: () => Promise<void> };

type Options = { concurrency?: number; pollMs?: number; /** only this bot's updates (tests) */ botId?: string };

export function startTelegramUpdateDrainer({ concurrency = 2, pollMs = POLL_MS, botId: onlyBot }: Options = {}): Drainer {
  let stopped = false;
  let again = false;
  let running: Promise<void> | null = null;
  let closeListener: (() => void) | null = null; // while a connection listens

  const drain = async () => {
    while (again && !stopped) {
      again = false;
      let failed = false;
      for (let round = await waitingChats(onlyBot); round.length > 0 && !stopped && !failed; round = await waitingChats(onlyBot)) {
        let next = 0;
        const lane = async () => {
          while (next < round.length && !stopped) {
            const { botId, chatId } = round[next++];
            // A chat that fails as a whole (database trouble) is retried on the next poll, not in a tight loop.
            await processTelegramUpdates({ botId, chatId: Number(chatId) }).catch((err) => {
              failed = true;
              console.error(`[bots] chat ${chatId} of bot ${botId} not processed`, (err as Error).message);
            });
          }
        };
        await Promise.all(Array.from({ length: concurrency }, lane));
      }
    }
  };
  const wake = () => {
    again = true;
    running ??= drain()
      .catch((err) => console.error("[bots] draining Telegram updates failed", (err as Error).message))
      .finally(() => {
        running = null;
        if (again && !stopped) wake();
      });
  };

  const listen = async (): Promise<void> => {
    if (stopped) return;
    let client: pg.PoolClient;
    try {
      client = await pgPool().connect();
    } catch (err) {
      console.error("[bots] LISTEN failed, polling until it works again", (err as Error).message);
      if (!stopped) setTimeout(() => void listen(), RELISTEN_MS);
      return;
    }
    let retried = false;
    const retry = () => {
      if (retried) return;
      retried = true;
      closeListener = null;
      close();
      if (!stopped) setTimeout(() => void listen(), RELISTEN_MS); // the poll covers the gap
    };
    // Closed, not returned to the pool (release with an error destroys it): LISTEN and the name go
    // with it. Its listeners go first, so a late error cannot release it twice.
    const close = () => {
      client.removeListener("notification", wake);
      client.removeListener("error", retry);
      client.release(true);
    };
    client.on("notification", wake);
    client.on("error", retry); // also the only error listener of a checked-out connection
    try {
      await client.query(`SET application_name = '${LISTENER_NAME}'`);
      await client.query(`LISTEN ${UPDATE_CHANNEL}`);
    } catch (err) {
      console.error("[bots] LISTEN failed, polling until it works again", (err as Error).message);
      return retry();
    }
    if (stopped) return close();
    closeListener = close;
    wake(); // whatever arrived while nobody listened
  };
  void listen();
  const poll = setInterval(wake, pollMs);

  return {
    stop: async () => {
      stopped = true;
      clearInterval(poll);
      await running;
      closeListener?.();
      closeListener = null;
    },
  };
}

/** Chats with waiting updates, those waiting longest first. */
function waitingChats(botId?: string): Promise<Chat[]> {
  return db.$queryRaw<Chat[]>`
    SELECT "botId", "chatId" FROM "TelegramUpdate"
     WHERE "processedAt" IS NULL AND "chatId" IS NOT NULL AND (${botId ?? null}::text IS NULL OR "botId" = ${botId ?? null})
     GROUP BY "botId", "chatId" ORDER BY min("receivedAt") LIMIT ${CHATS_PER_ROUND}`;
}
