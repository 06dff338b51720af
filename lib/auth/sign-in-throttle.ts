import { db } from "@/lib/db/client";

// Failed sign-ins per email: after FREE_FAILURES each attempt is slowed a little more, and after
// LOCK_AFTER failures the email is refused for LOCK_MINUTES. A quiet WINDOW_MINUTES forgives all.
export const throttlePolicy = { FREE_FAILURES: 3, LOCK_AFTER: 8, LOCK_MINUTES: 15, WINDOW_MINUTES: 15, MAX_DELAY_MS: 4000 };

export type ThrottleState = { failures: number; lastFailureAt: Date; lockedUntil: Date | null };

/** Pure: what an attempt at `now` must wait for, or until when it is refused. */
export function throttleVerdict(state: ThrottleState | null, now: Date): { lockedUntil: Date | null; delayMs: number } {
  if (!state) return { lockedUntil: null, delayMs: 0 };
  if (state.lockedUntil && state.lockedUntil > now) return { lockedUntil: state.lockedUntil, delayMs: 0 };
  const failures = effectiveFailures(state, now);
  const extra = failures - throttlePolicy.FREE_FAILURES;
  return { lockedUntil: null, delayMs: extra > 0 ? Math.min(500 * 2 ** (extra - 1), throttlePolicy.MAX_DELAY_MS) : 0 };
}

/** Pure: the state after one more failure at `now`. */
export function recordFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const failures = (state ? effectiveFailures(state, now) : 0) + 1;
  const lockedUntil = failures >= throttlePolicy.LOCK_AFTER ? new Date(now.getTime() + throttlePolicy.LOCK_MINUTES * 60_000) : null;
  return { failures: lockedUntil ? 0 : failures, lastFailureAt: now, lockedUntil };
}

function effectiveFailures(state: ThrottleState, now: Date): number {
  const quietMs = now.getTime() - state.lastFailureAt.getTime();
  const lockOver = state.lockedUntil !== null && state.lockedUntil <= now;
  return quietMs > throttlePolicy.WINDOW_MINUTES * 60_000 || lockOver ? 0 : state.failures;
}

export async function checkSignInThrottle(key: string, now = new Date()) {
  const state = await db.signInThrottle.findUnique({ where: { key } });
  return throttleVerdict(state, now);
}

export async function noteSignInFailure(key: string, now = new Date()) {
  const state = await db.signInThrottle.findUnique({ where: { key } });
  const next = recordFailure(state, now);
  await db.signInThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
  return next;
}

export async function clearSignInThrottle(key: string) {
  await db.signInThrottle.deleteMany({ where: { key } });
}
