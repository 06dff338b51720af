import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limiter";

function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), advance: (ms: number) => void (t += ms) };
}

const maxInOneSecond = (times: number[]) => Math.max(...times.map((t, i) => times.filter((u, j) => j >= i && u - t < 1000).length));

describe("createRateLimiter", () => {
  it("never lets more than perSecond sends leave in any one-second window, at close to full speed", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 30, clock });
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      await limiter.dispatch(await limiter.take(`chat${i}`));
      times.push(clock.now());
    }
    expect(maxInOneSecond(times)).toBeLessThanOrEqual(30);
    expect(times.at(-1)! / 1000).toBeGreaterThan(9.9);
    expect(times.at(-1)! / 1000).toBeLessThan(10.3);
  });

  it("counts the time a request really left: a slow step before one send does not squeeze the next second", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 30, clock });
    const times: number[] = [];
    for (let i = 0; i < 120; i++) {
      const ticket = await limiter.take(`chat${i}`);
      if (i % 30 === 0) clock.advance(40); // a slow database query between the slot and the send
      await limiter.dispatch(ticket);
      times.push(clock.now());
    }
    expect(maxInOneSecond(times)).toBeLessThanOrEqual(30);
  });

  it("wakes the caller leadMs early, so a step before each send does not make the sends drift later", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 30, clock });
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      const ticket = await limiter.take(`chat${i}`, 12);
      if (i > 0) expect(ticket.at - clock.now()).toBeCloseTo(12, 5); // woken 12 ms before its slot
      clock.advance(10); // marking the attempt in the database
      await limiter.dispatch(ticket);
      times.push(clock.now());
    }
    expect(maxInOneSecond(times)).toBeLessThanOrEqual(30);
    expect(times.at(-1)! / 1000).toBeLessThan(10.3); // without the lead: 10 ms x 300 later
  });

  it("with several sends in flight, a late one holds back the send a window after it", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 30, clock });
    const tickets = [];
    for (let i = 0; i < 31; i++) tickets.push(await limiter.take(`chat${i}`));
    clock.advance(-clock.now()); // rewind: the 31 slots were reserved ahead, none has left yet
    await limiter.dispatch(tickets[0]);
    clock.advance(200); // the first request left, the next ones are delayed by a slow query
    for (const t of tickets.slice(1, 30)) await limiter.dispatch(t);
    await limiter.dispatch(tickets[30]);
    expect(clock.now()).toBeGreaterThanOrEqual(1000);
  });

  it("keeps a second between two messages to one chat, and waits retry_after after a 429", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ perSecond: 30, clock });
    await limiter.dispatch(await limiter.take("a"));
    await limiter.take("a");
    expect(clock.now()).toBe(1000);
    limiter.pauseFor(5000);
    await limiter.take("b");
    expect(clock.now()).toBe(6000);
  });
});
