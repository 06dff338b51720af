// Per-key rate limit for /api/v1: a fixed window of one minute per key and process (in memory:
// a burst is refused at once without a database round trip). Over the limit the caller gets 429
// with Retry-After, the seconds until the window ends.
const windows = new Map<string, { startedAt: number; count: number }>();
const WINDOW_MS = 60_000;

export type RateDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export function takeApiRequest(keyId: string, limitPerMinute: number, now = Date.now()): RateDecision {
  let window = windows.get(keyId);
  if (!window || now - window.startedAt >= WINDOW_MS) {
    window = { startedAt: now, count: 0 };
    windows.set(keyId, window);
    if (windows.size > 50_000) for (const [id, w] of windows) if (now - w.startedAt >= WINDOW_MS) windows.delete(id);
  }
  if (window.count >= limitPerMinute) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000)) };
  window.count++;
  return { allowed: true, remaining: limitPerMinute - window.count };
}
