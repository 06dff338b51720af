import { describe, expect, it } from "vitest";
import { recordFailure, throttlePolicy, throttleVerdict, type ThrottleState } from "./sign-in-throttle";

const t0 = new Date("2026-11-22T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function failTimes(n: number, start = 0): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < n; i++) state = recordFailure(state, at(start + i));
  return state;
}

describe("sign-in throttle", () => {
  it("lets the first few failures through without delay", () => {
    expect(throttleVerdict(failTimes(throttlePolicy.FREE_FAILURES), at(10))).toEqual({ lockedUntil: null, delayMs: 0 });
  });

  it("slows each attempt after the free failures, more each time, up to a cap", () => {
    const d1 = throttleVerdict(failTimes(throttlePolicy.FREE_FAILURES + 1), at(10)).delayMs;
    const d2 = throttleVerdict(failTimes(throttlePolicy.FREE_FAILURES + 2), at(10)).delayMs;
    expect(d1).toBeGreaterThan(0);
    expect(d2).toBeGreaterThan(d1);
    expect(d2).toBeLessThanOrEqual(throttlePolicy.MAX_DELAY_MS);
  });

  it("refuses for LOCK_MINUTES once LOCK_AFTER failures pile up, then forgives", () => {
    const locked = failTimes(throttlePolicy.LOCK_AFTER);
    const verdict = throttleVerdict(locked, at(60));
    expect(verdict.lockedUntil).not.toBeNull();
    expect(verdict.lockedUntil!.getTime() - at(throttlePolicy.LOCK_AFTER - 1).getTime()).toBe(throttlePolicy.LOCK_MINUTES * 60_000);
    const after = throttleVerdict(locked, at(throttlePolicy.LOCK_MINUTES * 60 + 60));
    expect(after).toEqual({ lockedUntil: null, delayMs: 0 });
  });

  it("forgets failures after a quiet window", () => {
    const state = failTimes(throttlePolicy.LOCK_AFTER - 1);
    expect(throttleVerdict(state, at(throttlePolicy.WINDOW_MINUTES * 60 + 100)).delayMs).toBe(0);
    expect(recordFailure(state, at(throttlePolicy.WINDOW_MINUTES * 60 + 100)).failures).toBe(1);
  });
});
