import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { EventStatus } from "@/lib/db/generated/enums";
import { createOrg, uid } from "@/test/factories";
import { getEventsOverview, listEvents } from "./list-events";

// Integration: the events list filters, searches, pages and sums tickets per event, inside one org.
const now = new Date("2026-07-01T12:00:00Z");
const day = 86_400_000;
let orgId: string;

async function event(title: string, offsetDays: number, status: EventStatus, tickets: { sold: number; capacity: number }[] = []) {
  const startsAt = new Date(now.getTime() + offsetDays * day);
  const e = await db.event.create({ data: { orgId, title, slug: `ev-${uid()}`, status, startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3600_000), timeZone: "Europe/Berlin" } });
  for (const t of tickets) await db.ticketType.create({ data: { orgId, eventId: e.id, name: "GA", price: 0, currency: "EUR", ...t } });
  return e.id;
}

beforeAll(async () => {
  orgId = (await createOrg()).orgId;
  const other = await createOrg();
  await db.event.create({ data: { orgId: other.orgId, title: "Not mine", slug: `other-${uid()}`, startsAt: new Date(now.getTime() + day), endsAt: new Date(now.getTime() + 2 * day), timeZone: "UTC" } });
  await event("Spring Opening", -30, "PUBLISHED", [
    { sold: 40, capacity: 50 },
    { sold: 5, capacity: 10 },
  ]);
  await event("Summer Show", 10, "PUBLISHED", [{ sold: 3, capacity: 100 }]);
  await event("Summer Workshop", 20, "DRAFT");
  await event("Autumn Talk", 40, "IN_REVIEW");
  await event("Canceled Gig", 5, "CANCELED", [{ sold: 0, capacity: 10 }]);
});

describe("listEvents", () => {
  it("filters upcoming (soonest first), past (latest first) and drafts; sums sold and capacity", async () => {
    const titles = async (filter: "upcoming" | "past" | "draft" | "all", q = "") => (await listEvents({ orgId, filter, q, now })).items.map((e) => e.title);
    expect(await titles("upcoming")).toEqual(["Canceled Gig", "Summer Show", "Summer Workshop", "Autumn Talk"]);
    expect(await titles("past")).toEqual(["Spring Opening"]);
    expect(await titles("draft")).toEqual(["Summer Workshop", "Autumn Talk"]);
    expect(await titles("all", "summer")).toEqual(["Summer Show", "Summer Workshop"]);
    const [spring] = (await listEvents({ orgId, filter: "past", now })).items;
    expect([spring.sold, spring.capacity]).toEqual([45, 60]);
  });

  it("pages and clamps the page number", async () => {
    const second = await listEvents({ orgId, filter: "all", page: 2, pageSize: 2, now });
    expect([second.total, second.pageCount, second.page, second.items.length]).toEqual([5, 3, 2, 2]);
    expect((await listEvents({ orgId, filter: "all", page: 99, pageSize: 2, now })).page).toBe(3);
  });

  it("the overview card: next live event and tickets sold for upcoming ones", async () => {
    const overview = await getEventsOverview({ orgId, now });
    expect([overview.next?.title, overview.upcomingCount, overview.ticketsSold]).toEqual(["Summer Show", 3, 3]);
  });
});
