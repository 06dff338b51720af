import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { seedDemoBot } from "./seed-demo-bot";

describe("demo bot seed", () => {
  it("seeds a DEMO bot with subscribers linked to Telegram customers and a month of messages, once", async () => {
    const org = await createOrg();
    await db.customer.createMany({ data: Array.from({ length: 70 }, (_, i) => ({ orgId: org.orgId, name: `Kim Tester${i}`, telegramUserId: BigInt(900_000 + i), source: "TELEGRAM" as const })) });
    const now = new Date("2026-03-10T12:00:00Z");
    const seeded = await seedDemoBot({ orgId: org.orgId, now });
    expect(seeded).toMatchObject({ skipped: false, subscribers: 60 });
    if (seeded.skipped) return;
    expect(seeded.messages).toBeGreaterThan(150);
    const bot = await db.bot.findUniqueOrThrow({ where: { id: seeded.botId }, select: { status: true, flows: { select: { publishedVersion: true } } } });
    expect(bot).toEqual({ status: "DEMO", flows: [{ publishedVersion: 1 }] });
    const oldest = await db.botMessage.aggregate({ where: { botId: seeded.botId }, _min: { createdAt: true } });
    expect(now.getTime() - oldest._min.createdAt!.getTime()).toBeLessThan(60 * 86_400_000);
    expect(await db.botSubscriber.count({ where: { botId: seeded.botId, customerId: null } })).toBe(0);
    expect(await seedDemoBot({ orgId: org.orgId, now })).toEqual({ skipped: true });
  }, 60_000); // ~200 inserts: seconds alone, far more on a loaded CI machine
});
