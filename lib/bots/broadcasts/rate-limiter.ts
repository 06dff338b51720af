// The pace of one bot's sends: a token bucket of capacity 1 refilled `perSecond` times a second
// (with a 2% margin), so no 1-second window ever holds more than `perSecond` sends, as Telegram
// counts them (about 30 per second per bot). Each chat also waits a full second between two
// messages (Telegram's 1 per second per chat). A 429 pushes every next send back by retry_after.
export type RateLimiter = { take: (chatId: string) => Promise<void>; pauseFor: (ms: number) => void };

type Clock = { now: () => number; sleep: (ms: number) => Promise<void> };
const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export function createRateLimiter({ perSecond, perChatMs = 1000, clock = realClock }: { perSecond: number; perChatMs?: number; clock?: Clock }): RateLimiter {
  const interval = (1000 / perSecond) * 1.02;
  const lastPerChat = new Map<string, number>();
  let nextAt = 0;
  return {
    async take(chatId) {
      const now = clock.now();
      const chatReady = (lastPerChat.get(chatId) ?? -Infinity) + perChatMs;
      const at = Math.max(now, nextAt, chatReady);
      nextAt = at + interval;
      lastPerChat.set(chatId, at);
      if (lastPerChat.size > 10_000) lastPerChat.delete(lastPerChat.keys().next().value!);
      if (at > now) await clock.sleep(at - now);
    },
    pauseFor(ms) {
      nextAt = Math.max(nextAt, clock.now() + ms);
    },
  };
}
