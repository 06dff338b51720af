// The pace of one bot's sends, as Telegram counts them: at most `perSecond` in any one-second
// window (about 30 per bot), evenly spaced, and a second between two messages to one chat.
// Several sends may be in flight at once (Telegram answers in 50-100 ms, more than the 33 ms
// between two sends): `take` reserves the next slot and returns a ticket; `dispatched(ticket)`,
// called right before the HTTP call, replaces the reserved time by the real one. The window is
// kept on those times with a small safety margin, so a slow database query before one send can
// never squeeze 31 sends into a second later. A 429 pushes every next send back by retry_after.
export type Ticket = { at: number; chatId: string };
export type RateLimiter = { take: (chatId: string) => Promise<Ticket>; dispatched: (ticket: Ticket) => void; pauseFor: (ms: number) => void };

type Clock = { now: () => number; sleep: (ms: number) => Promise<void> };
const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export function createRateLimiter({ perSecond, perChatMs = 1000, safetyMs = 15, clock = realClock }: { perSecond: number; perChatMs?: number; safetyMs?: number; clock?: Clock }): RateLimiter {
  const spacing = 1000 / perSecond;
  const recent: Ticket[] = []; // the last `perSecond` sends: reserved, then real dispatch times
  const lastPerChat = new Map<string, number>();
  let nextAt = 0;
  let pausedUntil = 0;
  return {
    async take(chatId) {
      const now = clock.now();
      const windowReady = recent.length >= perSecond ? Math.max(...recent.slice(-perSecond, -perSecond + 1).map((t) => t.at)) + 1000 + safetyMs : 0;
      const chatReady = (lastPerChat.get(chatId) ?? -Infinity) + perChatMs;
      const at = Math.max(now, nextAt, windowReady, chatReady, pausedUntil);
      nextAt = at + spacing;
      const ticket = { at, chatId };
      recent.push(ticket);
      if (recent.length > perSecond) recent.shift();
      lastPerChat.set(chatId, at);
      if (lastPerChat.size > 10_000) lastPerChat.delete(lastPerChat.keys().next().value!);
      if (at > now) await clock.sleep(at - now);
      return ticket;
    },
    dispatched(ticket) {
      ticket.at = Math.max(ticket.at, clock.now());
      lastPerChat.set(ticket.chatId, ticket.at);
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
    },
  };
}
