import { describe, expect, it } from "vitest";
import { createBoss } from "./boss";

// Invariant 5: work queued before a restart runs after it, once.
describe("pg-boss on the app's Postgres", () => {
  it("runs a job enqueued before a restart, exactly once", async () => {
    const queue = `test.restart.${Date.now()}`;
    const before = createBoss();
    await before.start();
    await before.createQueue(queue);
    const jobId = await before.send(queue, { hello: "after restart" });
    expect(jobId).toBeTruthy();
    await before.stop({ graceful: false, wait: true });

    const after = createBoss();
    await after.start();
    const seen: unknown[] = [];
    const done = new Promise<void>((resolve) => {
      void after.work<{ hello: string }>(queue, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
        seen.push(job.data);
        resolve();
      });
    });
    await done;
    await new Promise((r) => setTimeout(r, 1500)); // a second delivery would land here
    await after.stop({ graceful: false, wait: true });
    expect(seen).toEqual([{ hello: "after restart" }]);
  });
});
