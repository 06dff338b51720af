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
// (a slot planned before it is refused at dispatch: false, plan again) and widens the margin (the
// network's jitter is larger than assumed).
export type Ticket = { at: number; chatId: string };
export type RateLimiter = { take: (chatId: string, leadMs?: number) => Promise<Ticket>; dispatch: (ticket: Ticket) => Promise<boolean>; pauseFor: (ms: number) => void };

const CATCH_UP_MS = 200;

type Clock = { now: () => number; sleep: (ms: number) => Promise<void> };
const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

type Options = { perSecond: number; perChatMs?: number; safetyMs?: number; /** no send before this time */ notBefore?: number; clock?: Clock };

export function createRateLimiter({ perSecond, perChatMs = 1000, safetyMs: initialSafetyMs = 15, notBefore = 0, clock = realClock }: Options): RateLimiter {
  const spacing = 1000 / perSecond;
  const recent: Ticket[] = []; // the last 2 x perSecond sends: reserved, then real dispatch times (for planning)
  const sent: number[] = []; // the real times of the last perSecond requests, ascending (the rule itself)
  const lastPerChat = new Map<string, number>();
  let nextAt = 0;
  let pausedUntil = notBefore;
  // The margin starts wide (a process just started stalls more) and narrows by one step per
  // window sent without a 429; a 429 widens it again.
  const widest = 4 * initialSafetyMs;
  let safetyMs = widest;
  let calmSends = 0;
  const stamp = (ticket: Ticket) => {
    ticket.at = clock.now();
    lastPerChat.set(ticket.chatId, ticket.at);
    sent.push(ticket.at);
    if (sent.length > perSecond) sent.shift();
    if (++calmSends >= perSecond) [safetyMs, calmSends] = [Math.max(initialSafetyMs, safetyMs - initialSafetyMs), 0];
  };
  // Until this ticket may leave: its slot, and a full window since the perSecond-th latest real send.
  const waitFor = (ticket: Ticket) => Math.max(ticket.at, sent.length >= perSecond ? sent[0] + 1000 + safetyMs : 0) - clock.now();
  return {
    async take(chatId, leadMs = 0) {
      const now = clock.now();
      const windowReady = recent.length >= perSecond ? recent[recent.length - perSecond].at + 1000 + safetyMs : 0;
      const chatReady = (lastPerChat.get(chatId) ?? -Infinity) + perChatMs;
      const at = Math.max(now, nextAt, windowReady, chatReady, pausedUntil);
      // The even spacing is a grid, not a chain: a send that was taken late (a slow step before it)
      // lets the next ones catch up by up to CATCH_UP_MS, within the window rule, instead of
      // pushing every later send back.
      nextAt = Math.max(nextAt, at - CATCH_UP_MS) + spacing;
      const ticket = { at, chatId };
      recent.push(ticket);
      if (recent.length > 2 * perSecond) recent.shift();
      lastPerChat.set(chatId, at);
      if (lastPerChat.size > 10_000) lastPerChat.delete(lastPerChat.keys().next().value!);
      if (at - leadMs > now) await clock.sleep(at - leadMs - now);
      return ticket;
    },
    async dispatch(ticket) {
      // Checked again after each sleep: another lane may have sent meanwhile (lanes finish out of order).
      for (let wait = waitFor(ticket); wait > 0; wait = waitFor(ticket)) await clock.sleep(wait);
      if (pausedUntil > ticket.at) return false; // a 429 came after this slot was planned: plan again
      stamp(ticket);
      return true;
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
      [safetyMs, calmSends] = [Math.min(safetyMs + initialSafetyMs, widest), 0];
    },
  };
}
