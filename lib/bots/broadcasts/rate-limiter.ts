// The pace of one bot's sends, as Telegram counts them: at most `perSecond` in any one-second
// window (about 30 per bot), evenly spaced, and a second between two messages to one chat. The
// window is kept on the times requests actually left (`dispatched`, called right before the HTTP
// call), with a small safety margin, so a slow database query before one send can never squeeze
// 31 sends into a second later. A 429 pushes every next send back by retry_after.
export type RateLimiter = { take: (chatId: string) => Promise<void>; dispatched: (chatId: string) => void; pauseFor: (ms: number) => void };

type Clock = { now: () => number; sleep: (ms: number) => Promise<void> };
const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export function createRateLimiter({ perSecond, perChatMs = 1000, safetyMs = 15, clock = realClock }: { perSecond: number; perChatMs?: number; safetyMs?: number; clock?: Clock }): RateLimiter {
  const spacing = 1000 / perSecond;
  const recent: number[] = []; // the last `perSecond` dispatch times
  const lastPerChat = new Map<string, number>();
  let nextAt = 0;
  let pausedUntil = 0;
  return {
    async take(chatId) {
      const now = clock.now();
      const windowReady = recent.length >= perSecond ? recent[recent.length - perSecond] + 1000 + safetyMs : 0;
      const chatReady = (lastPerChat.get(chatId) ?? -Infinity) + perChatMs;
      const at = Math.max(now, nextAt, windowReady, chatReady, pausedUntil);
      nextAt = at + spacing;
      if (at > now) await clock.sleep(at - now);
    },
    dispatched(chatId) {
      const t = clock.now();
      recent.push(t);
      if (recent.length > perSecond) recent.shift();
      lastPerChat.set(chatId, t);
      if (lastPerChat.size > 10_000) lastPerChat.delete(lastPerChat.keys().next().value!);
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
    },
  };
}
