import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { withSenderLock } from "./with-sender-lock";

// The sender lock is a session advisory lock on a connection of the plain pool: held while the
// work runs, and gone when the connection is back in the pool, however the work ended.
const lockFree = async (botId: string) => {
  const [{ ok }] = await db.$transaction((tx) => tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${`broadcast-sender:${botId}`}, 0)) AS ok`);
  return ok;
};

describe("withSenderLock", () => {
  it("runs one sender per bot at a time and leaves the lock free behind it", async () => {
    const result = await withSenderLock("bot-lock-a", async () => {
      expect(await lockFree("bot-lock-a")).toBe(false);
      expect(await withSenderLock("bot-lock-a", async () => "second")).toBeNull();
      expect(await withSenderLock("bot-lock-b", async () => "other bot")).toBe("other bot");
      return "first";
    });
    expect(result).toBe("first");
    expect(await lockFree("bot-lock-a")).toBe(true);
    expect(await withSenderLock("bot-lock-a", async () => "again")).toBe("again");
  });

  it("leaves the lock free when the work fails", async () => {
    await expect(withSenderLock("bot-lock-c", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await lockFree("bot-lock-c")).toBe(true);
  });
});
