import { describe, expect, it } from "vitest";
import { queues } from "@/lib/jobs/boss";
import { jobHandlers } from "./run-worker";

describe("the worker's handlers", () => {
  it("cover every queue exactly once", () => {
    const handled = jobHandlers.map((h) => h.queue).sort();
    expect(handled).toEqual(Object.values(queues).sort());
  });
});
