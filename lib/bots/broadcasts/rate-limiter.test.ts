import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limiter";

function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe("createRateLimiter", () => {
  it("never lets more than perSecond sends into any one-second window", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 30, clock });
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      await limiter.take(`chat${i}`);
      times.push(clock.now());
    }
    for (const [i, t] of times.entries()) expect(times.filter((u, j) => j >= i && u - t < 1000).length).toBeLessThanOrEqual(30);
    expect(times.at(-1)! / 1000).toBeGreaterThan(9.9);
    expect(times.at(-1)! / 1000).toBeLessThan(10.5);
  });

  it("keeps a second between two messages to one chat, and waits retry_after after a 429", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 30, clock });
    await limiter.take("a");
    await limiter.take("a");
    expect(clock.now()).toBe(1000);
    limiter.pauseFor(5000);
    await limiter.take("b");
    expect(clock.now()).toBe(6000);
  });
});
