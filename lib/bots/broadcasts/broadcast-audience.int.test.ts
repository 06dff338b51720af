import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createOrg } from "@/test/factories";
import { createSubscribers } from "../../../test/subscriber-helpers";
import { countBroadcastAudience } from "./broadcast-audience";

// Integration: who a broadcast reaches, on a real database.
type Ctx = { orgId: string; botId: string };
let a: Ctx;
let segmentId: string;
let otherOrgSegmentId: string;
beforeAll(async () => {
  const org = await createOrg();
  const bot = await createBot({ orgId: org.orgId });
  a = { orgId: org.orgId, botId: bot.botId };
  await createSubscribers({ ...a, count: 3, tags: ["vip"], variables: { city: "Berlin", age: 30 } });
  await createSubscribers({ ...a, count: 2, tags: ["vip", "new"], variables: { city: "Paris" } });
  await createSubscribers({ ...a, count: 4, tags: ["vip"], status: "BLOCKED", variables: { city: "Berlin" } });
  await createSubscribers({ ...a, count: 1, tags: ["vip"], status: "UNSUBSCRIBED" });
  await createSubscribers({ ...a, count: 5 });
  const gold = await db.customer.create({ data: { orgId: a.orgId, name: "Gold", tags: ["gold"] }, select: { id: true } });
  const goldBlocked = await db.customer.create({ data: { orgId: a.orgId, name: "Gold blocked", tags: ["gold"] }, select: { id: true } });
  await createSubscribers({ ...a, count: 1, customerId: gold.id });
  await createSubscribers({ ...a, count: 1, customerId: goldBlocked.id, status: "BLOCKED" });
  segmentId = (await db.segment.create({ data: { orgId: a.orgId, name: "Gold", definition: { tags: ["gold"] } }, select: { id: true } })).id;
  const other = await createOrg();
  otherOrgSegmentId = (await db.segment.create({ data: { orgId: other.orgId, name: "Gold", definition: { tags: ["gold"] } }, select: { id: true } })).id;
});

const count = (audience: Parameters<typeof countBroadcastAudience>[0]["audience"]) => countBroadcastAudience({ ...a, audience });

describe("broadcast audience", () => {
  it("everyone active, blocked and unsubscribed excluded", async () => {
    expect(await count({ tags: [], customFields: [] })).toBe(3 + 2 + 5 + 1);
  });

  it("by tags (any of them) and by custom fields (all equal, numbers matched too)", async () => {
    expect(await count({ tags: ["vip"], customFields: [] })).toBe(5);
    expect(await count({ tags: ["new", "nope"], customFields: [] })).toBe(2);
    expect(await count({ tags: [], customFields: [{ key: "city", value: "Berlin" }] })).toBe(3);
    expect(
      await count({
        tags: ["vip"],
        customFields: [
          { key: "city", value: "Berlin" },
          { key: "age", value: "30" },
        ],
      }),
    ).toBe(3);
    expect(await count({ tags: [], customFields: [{ key: "city", value: "Rome" }] })).toBe(0);
  });

  it("by an analytics segment: its customers' active subscribers; another org's segment is not found", async () => {
    expect(await count({ tags: [], customFields: [], segmentId })).toBe(1);
    await expect(count({ tags: [], customFields: [], segmentId: otherOrgSegmentId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
