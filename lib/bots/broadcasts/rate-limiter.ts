// The pace of one bot's sends, as Telegram counts them: at most `perSecond` in any one-second
// window (about 30 per bot), evenly spaced, and a second between two messages to one chat.
// Several sends may be in flight at once (Telegram answers in 50-100 ms, more than the 33 ms
// between two sends): `take` reserves the next slot and returns a ticket; `dispatch(ticket)`,
// awaited right before the HTTP call, checks the window again against the times earlier requests
// really left (a slow database query may have delayed one) and records the real time. So no
// 1-second window ever holds more than `perSecond` requests, whatever the delays, with a small
// safety margin for the network. A 429 pushes every next send back by retry_after.
export type Ticket = { at: number; chatId: string };
export type RateLimiter = { take: (chatId: string) => Promise<Ticket>; dispatch: (ticket: Ticket) => Promise<void>; pauseFor: (ms: number) => void };

type Clock = { now: () => number; sleep: (ms: number) => Promise<void> };
const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export function createRateLimiter({ perSecond, perChatMs = 1000, safetyMs = 15, clock = realClock }: { perSecond: number; perChatMs?: number; safetyMs?: number; clock?: Clock }): RateLimiter {
  const spacing = 1000 / perSecond;
  const recent: Ticket[] = []; // the last 2 x perSecond sends: reserved, then real dispatch times
  const lastPerChat = new Map<string, number>();
  let nextAt = 0;
  let pausedUntil = 0;
  return {
    async take(chatId) {
      const now = clock.now();
      const windowReady = recent.length >= perSecond ? recent[recent.length - perSecond].at + 1000 + safetyMs : 0;
      const chatReady = (lastPerChat.get(chatId) ?? -Infinity) + perChatMs;
      const at = Math.max(now, nextAt, windowReady, chatReady, pausedUntil);
      nextAt = at + spacing;
      const ticket = { at, chatId };
      recent.push(ticket);
      if (recent.length > 2 * perSecond) recent.shift();
      lastPerChat.set(chatId, at);
      if (lastPerChat.size > 10_000) lastPerChat.delete(lastPerChat.keys().next().value!);
      if (at > now) await clock.sleep(at - now);
      return ticket;
    },
    async dispatch(ticket) {
      const index = recent.indexOf(ticket);
      const earlier = index >= perSecond ? recent[index - perSecond] : undefined;
      const wait = earlier ? earlier.at + 1000 + safetyMs - clock.now() : 0;
      if (wait > 0) await clock.sleep(wait);
      ticket.at = Math.max(ticket.at, clock.now());
      lastPerChat.set(ticket.chatId, ticket.at);
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
    },
  };
}
