import { db } from "@/lib/db/client";

// Failed attempts per key (an email, an IP, a magic-link address): after `free` failures each
// attempt is slowed a little more, after `lockAfter` the key is refused for `lockMinutes`.
// A quiet `windowMinutes` forgives all.
export type ThrottlePolicy = { free: number; lockAfter: number; lockMinutes: number; windowMinutes: number; maxDelayMs: number };

export const throttlePolicies = {
  email: { free: 3, lockAfter: 8, lockMinutes: 15, windowMinutes: 15, maxDelayMs: 4000 },
  ip: { free: 20, lockAfter: 50, lockMinutes: 15, windowMinutes: 15, maxDelayMs: 4000 },
  magicLink: { free: 3, lockAfter: 5, lockMinutes: 30, windowMinutes: 30, maxDelayMs: 0 },
  // Emailed links (password reset per address and per network, verification resends per user).
  emailLink: { free: 3, lockAfter: 5, lockMinutes: 30, windowMinutes: 30, maxDelayMs: 0 },
} satisfies Record<string, ThrottlePolicy>;

export type ThrottleState = { failures: number; lastFailureAt: Date; lockedUntil: Date | null };
export type ThrottleVerdict = { lockedUntil: Date | null; delayMs: number };

/** Pure: what an attempt at `now` must wait for, or until when it is refused. */
export function throttleVerdict(state: ThrottleState | null, now: Date, policy: ThrottlePolicy = throttlePolicies.email): ThrottleVerdict {
  if (!state) return { lockedUntil: null, delayMs: 0 };
  if (state.lockedUntil && state.lockedUntil > now) return { lockedUntil: state.lockedUntil, delayMs: 0 };
  const extra = effectiveFailures(state, now, policy) - policy.free;
  return { lockedUntil: null, delayMs: extra > 0 ? Math.min(500 * 2 ** (extra - 1), policy.maxDelayMs) : 0 };
}

/** Pure: the state after one more failure at `now`. */
export function recordFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy = throttlePolicies.email): ThrottleState {
  const failures = (state ? effectiveFailures(state, now, policy) : 0) + 1;
  const lockedUntil = failures >= policy.lockAfter ? new Date(now.getTime() + policy.lockMinutes * 60_000) : null;
  return { failures: lockedUntil ? 0 : failures, lastFailureAt: now, lockedUntil };
}

function effectiveFailures(state: ThrottleState, now: Date, policy: ThrottlePolicy): number {
  const quietMs = now.getTime() - state.lastFailureAt.getTime();
  const lockOver = state.lockedUntil !== null && state.lockedUntil <= now;
  return quietMs > policy.windowMinutes * 60_000 || lockOver ? 0 : state.failures;
}

/**
 * Takes an attempt slot for `key`, atomically: under a row lock it reads the state, refuses when
 * locked, and otherwise counts the attempt as a failure up front, so parallel attempts cannot
 * slip past the limit. A successful attempt calls clearThrottle afterwards.
 */
export async function takeAttempt(key: string, policy: ThrottlePolicy, now = new Date()): Promise<ThrottleVerdict & { locksIfFailed: boolean }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "lastFailureAt") VALUES (${key}, 0, ${now}) ON CONFLICT ("key") DO NOTHING`;
    const [state] = await tx.$queryRaw<ThrottleState[]>`SELECT "failures", "lastFailureAt", "lockedUntil" FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
    const verdict = throttleVerdict(state, now, policy);
    if (verdict.lockedUntil) return { ...verdict, locksIfFailed: false };
    const next = recordFailure(state, now, policy);
    await tx.signInThrottle.update({ where: { key }, data: next });
    return { ...verdict, locksIfFailed: next.lockedUntil !== null };
  });
}

/** The attempt succeeded: forget the key's failures (an email), or just this attempt (an IP). */
export async function settleAttempt(key: string, { forgetAll }: { forgetAll: boolean }) {
  if (forgetAll) await db.signInThrottle.deleteMany({ where: { key } });
  else await db.$executeRaw`UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key} AND "lockedUntil" IS NULL`;
}

/** Counts one request (a link asked for) on `key`; true when the key is locked and the request refused. */
export async function requestRefused(key: string, policy: ThrottlePolicy): Promise<boolean> {
  return (await takeAttempt(key, policy)).lockedUntil !== null;
}
