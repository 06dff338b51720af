import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser, uid } from "@/test/factories";
import { authenticatePassword } from "./authenticate-password";
import { hashPassword } from "./password";
import { recordFailure, throttlePolicies, throttleVerdict, type ThrottleState } from "./sign-in-throttle";

const policy = throttlePolicies.email;
const t0 = new Date("2026-11-22T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function failTimes(n: number, start = 0): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < n; i++) state = recordFailure(state, at(start + i), policy);
  return state;
}

describe("sign-in throttle policy", () => {
  it("lets the first few failures through without delay", () => {
    expect(throttleVerdict(failTimes(policy.free), at(10), policy)).toEqual({ lockedUntil: null, delayMs: 0 });
  });

  it("slows each attempt after the free failures, more each time, up to a cap", () => {
    const d1 = throttleVerdict(failTimes(policy.free + 1), at(10), policy).delayMs;
    const d2 = throttleVerdict(failTimes(policy.free + 2), at(10), policy).delayMs;
    expect(d1).toBeGreaterThan(0);
    expect(d2).toBeGreaterThan(d1);
    expect(d2).toBeLessThanOrEqual(policy.maxDelayMs);
  });

  it("refuses for lockMinutes once lockAfter failures pile up, then forgives", () => {
    const locked = failTimes(policy.lockAfter);
    const verdict = throttleVerdict(locked, at(60), policy);
    expect(verdict.lockedUntil!.getTime() - at(policy.lockAfter - 1).getTime()).toBe(policy.lockMinutes * 60_000);
    expect(throttleVerdict(locked, at(policy.lockMinutes * 60 + 60), policy)).toEqual({ lockedUntil: null, delayMs: 0 });
  });

  it("forgets failures after a quiet window", () => {
    const state = failTimes(policy.lockAfter - 1);
    expect(throttleVerdict(state, at(policy.windowMinutes * 60 + 100), policy).delayMs).toBe(0);
    expect(recordFailure(state, at(policy.windowMinutes * 60 + 100), policy).failures).toBe(1);
  });
});

describe("authenticatePassword under parallel guessing", () => {
  it("checks at most lockAfter passwords however many arrive at once, and then refuses even the right one", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("right-password") } });
    const attempts = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => authenticatePassword({ email: user.email, password: `guess-${i}`, ip: `10.0.${uid()}` })));
    const reasons = attempts.map((a) => (a.status === "rejected" ? (a.reason as Error).message : "signed in"));
    expect(reasons.filter((r) => r === "Wrong email or password.").length).toBeLessThan(policy.lockAfter);
    // The rest are refused unchecked: locked out, or (on a loaded machine) told the server is busy.
    expect(reasons).not.toContain("signed in");
    expect(reasons.filter((r) => r !== "Wrong email or password.").every((r) => /^Too many failed sign-ins|busy right now/.test(r))).toBe(true);
    await expect(authenticatePassword({ email: user.email, password: "right-password" })).rejects.toThrow(/Too many failed sign-ins/);
  }, 60_000);

  it("a success clears the email's failures", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("right-password") } });
    await expect(authenticatePassword({ email: user.email, password: "nope" })).rejects.toThrow("Wrong email or password.");
    await expect(authenticatePassword({ email: user.email.toUpperCase(), password: "right-password" })).resolves.toMatchObject({ id: user.id });
    expect(await db.signInThrottle.count({ where: { key: `email:${user.email}` } })).toBe(0);
  });
});
