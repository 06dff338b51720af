import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob, handleJob, queues } from "./boss";

describe("typed jobs", () => {
  const job = defineJob(queues.ticketSendEmails, z.object({ orgId: z.string().min(1), orderId: z.string().min(1) }));

  it("hands the handler the parsed payload", async () => {
    const seen: unknown[] = [];
    await handleJob(job, async (data) => void seen.push(data)).run({ orgId: "o1", orderId: "x1", extra: true });
    expect(seen).toEqual([{ orgId: "o1", orderId: "x1" }]);
  });

  it("fails a job whose payload does not match its queue's schema, without running the handler", async () => {
    let ran = false;
    await expect(handleJob(job, async () => void (ran = true)).run({ orgId: "o1" })).rejects.toThrow(/orderId/);
    expect(ran).toBe(false);
  });
});
