// The pace of one bot's sends, as Telegram counts them: at most `perSecond` in any one-second
// window (about 30 per bot), evenly spaced, and a second between two messages to one chat.
// Several sends may be in flight at once (Telegram answers in 50-100 ms, more than the 33 ms
// between two sends): `take(chatId, leadMs)` reserves the next slot and returns a ticket `leadMs`
// before it (time for the caller's own bookkeeping, so that it does not push the send late);
// `dispatch(ticket)` waits for the slot, checks the window again against the times earlier
// requests really left (a slow database query may have delayed one) and records the real time,
// right before the HTTP call. So no 1-second window ever holds more than `perSecond` requests,
// whatever the delays, with a small safety margin for the network, and sends stay on their slots
// instead of drifting later by each step's latency. A 429 pushes every next send back by retry_after
// and widens the margin (the network's jitter is larger than assumed), up to 4 times the start.
export type Ticket = { at: number; chatId: string };
export type RateLimiter = { take: (chatId: string, leadMs?: number) => Promise<Ticket>; dispatch: (ticket: Ticket) => Promise<void>; pauseFor: (ms: number) => void };

type Clock = { now: () => number; sleep: (ms: number) => Promise<void> };
const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

type Options = { perSecond: number; perChatMs?: number; safetyMs?: number; /** no send before this time */ notBefore?: number; clock?: Clock };

export function createRateLimiter({ perSecond, perChatMs = 1000, safetyMs: initialSafetyMs = 15, notBefore = 0, clock = realClock }: Options): RateLimiter {
  const spacing = 1000 / perSecond;
  const recent: Ticket[] = []; // the last 2 x perSecond sends: reserved, then real dispatch times
  const lastPerChat = new Map<string, number>();
  let nextAt = 0;
  let pausedUntil = notBefore;
  let safetyMs = initialSafetyMs;
  const stamp = (ticket: Ticket) => {
    ticket.at = Math.max(ticket.at, clock.now());
    lastPerChat.set(ticket.chatId, ticket.at);
  };
  return {
    async take(chatId, leadMs = 0) {
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
      if (at - leadMs > now) await clock.sleep(at - leadMs - now);
      return ticket;
    },
    async dispatch(ticket) {
      const index = recent.indexOf(ticket);
      const earlier = index >= perSecond ? recent[index - perSecond] : undefined;
      const wait = Math.max(ticket.at, earlier ? earlier.at + 1000 + safetyMs : 0) - clock.now();
      if (wait > 0) await clock.sleep(wait);
      stamp(ticket);
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
      safetyMs = Math.min(safetyMs + initialSafetyMs, 4 * initialSafetyMs);
    },
  };
}
