import { describe, expect, it } from "vitest";
import { takeApiRequest } from "./rate-limit";

describe("takeApiRequest", () => {
  it("allows the limit per minute per key, then says how long to wait, and opens again in the next minute", () => {
    const t = 1_000_000;
    for (let i = 0; i < 3; i++) expect(takeApiRequest("key-a", 3, t + i)).toMatchObject({ allowed: true });
    expect(takeApiRequest("key-a", 3, t + 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(takeApiRequest("key-b", 3, t + 20_000)).toMatchObject({ allowed: true }); // another key has its own window
    expect(takeApiRequest("key-a", 3, t + 60_000)).toEqual({ allowed: true, remaining: 2 });
  });
});
