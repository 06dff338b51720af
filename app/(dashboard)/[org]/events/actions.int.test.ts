import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrg, form, signInAs, uid } from "@/test/factories";
import { changeEventStatusAction, createEventAction, duplicateEventAction, updateEventAction } from "./actions";
import { redirectOf } from "@/test/actions";

// Integration: events, their review workflow and duplication, as the dashboard forms call them.
type Org = Awaited<ReturnType<typeof createOrg>>;

let a: Org;
let b: Org;
let venueId: string;
const fields = () => ({ title: "Autumn Show", slug: `autumn-${uid()}`, description: "Looks of the season", startsAt: "2030-07-10T19:00", endsAt: "2030-07-10T23:00" });
const status = (org: Org, id: string, transition: string, note = "") => changeEventStatusAction(null, form({ org: org.slug, id, transition, note }));

async function createVia(org: Org, extra: Record<string, string> = {}) {
  const url = await redirectOf(createEventAction(null, form({ org: org.slug, venueId, ...fields(), ...extra })));
  return url.split("/")[3];
}

beforeAll(async () => {
  [a, b] = await Promise.all([createOrg({ timezone: "Europe/Berlin" }), createOrg()]);
  venueId = (await db.venue.create({ data: { orgId: a.orgId, name: "Hall", address: "Main St 1", city: "New York", timeZone: "America/New_York" } })).id;
});

describe("create and edit events", () => {
  it("stores times entered in the venue's zone as UTC, starts a draft and records it", async () => {
    signInAs(a.userId);
    const id = await createVia(a);
    const event = await db.event.findUniqueOrThrow({ where: { id }, include: { statusChanges: true } });
    expect([event.orgId, event.status, event.timeZone, event.startsAt.toISOString()]).toEqual([a.orgId, "DRAFT", "America/New_York", "2030-07-10T23:00:00.000Z"]);
    expect(event.statusChanges).toMatchObject([{ fromStatus: null, toStatus: "DRAFT", byUserId: a.userId }]);
    const res = await updateEventAction(null, form({ org: a.slug, id, ...fields(), venueId: "", startsAt: "2030-12-10T19:00", endsAt: "2030-12-10T22:00" }));
    expect(res).toMatchObject({ ok: true });
    expect((await db.event.findUniqueOrThrow({ where: { id } })).startsAt.toISOString()).toBe("2030-12-10T18:00:00.000Z"); // org zone, winter time
  });

  it("bad input and a taken slug are field errors; nothing is created", async () => {
    signInAs(a.userId);
    const before = await db.event.count({ where: { orgId: a.orgId } });
    const bad = await createEventAction(null, form({ org: a.slug, ...fields(), title: "", slug: "A B", endsAt: "2030-07-10T18:00" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { title: "Title is required", slug: expect.stringMatching(/lowercase/), endsAt: "The end must be after the start" } });
    const id = await createVia(a);
    const slug = (await db.event.findUniqueOrThrow({ where: { id } })).slug;
    signInAs(b.userId);
    expect(await createEventAction(null, form({ org: b.slug, ...fields(), slug }))).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringMatching(/already uses/) } });
    expect(await createEventAction(null, form({ org: b.slug, ...fields(), venueId }))).toMatchObject({ ok: false, fieldErrors: { venueId: "Choose a venue of this organization" } });
    expect(await db.event.count({ where: { orgId: a.orgId } })).toBe(before + 1);
  });

  it("another org's event is not found for edits, status changes and copies", async () => {
    signInAs(a.userId);
    const id = await createVia(a);
    signInAs(b.userId);
    expect(await updateEventAction(null, form({ org: b.slug, id, ...fields() }))).toMatchObject({ ok: false, message: "Event not found." });
    expect(await status(b, id, "cancel")).toMatchObject({ ok: false, message: "Event not found." });
    expect(await duplicateEventAction(null, form({ org: b.slug, id }))).toMatchObject({ ok: false, message: "Event not found." });
    expect((await db.event.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});

describe("review workflow", () => {
  it("staff submit; only owners and admins publish; publishing needs ticket types and a future start", async () => {
    signInAs(a.userId);
    const id = await createVia(a);
    const staff = await addMember(a.orgId, "STAFF");
    signInAs(staff.id);
    expect(await status(a, id, "submit")).toMatchObject({ ok: true, message: "Submitted for review." });
    expect(await status(a, id, "publish")).toMatchObject({ ok: false, message: expect.stringMatching(/owner or admin/) });
    signInAs(a.userId);
    expect(await status(a, id, "publish")).toMatchObject({ ok: false, message: expect.stringMatching(/Add at least one ticket type/) });
    await db.ticketType.create({ data: { orgId: a.orgId, eventId: id, name: "GA", price: 0, currency: "EUR", capacity: 10 } });
    expect(await status(a, id, "publish")).toMatchObject({ ok: true });
    const event = await db.event.findUniqueOrThrow({ where: { id }, include: { statusChanges: { orderBy: { createdAt: "asc" } } } });
    expect(event.publishedAt).not.toBeNull();
    expect(event.statusChanges.map((c) => [c.fromStatus, c.toStatus, c.byUserId])).toEqual([
      [null, "DRAFT", a.userId],
      ["DRAFT", "IN_REVIEW", staff.id],
      ["IN_REVIEW", "PUBLISHED", a.userId],
    ]);
  });

  it("back to draft needs a note; a past event cannot be published; canceled is final", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { startsAt: "2020-01-01T19:00", endsAt: "2020-01-01T21:00" });
    await db.ticketType.create({ data: { orgId: a.orgId, eventId: id, name: "GA", price: 0, currency: "EUR", capacity: 10 } });
    expect(await status(a, id, "publish")).toMatchObject({ ok: false, message: expect.stringMatching(/already started/) });
    await status(a, id, "submit");
    expect(await status(a, id, "revise")).toMatchObject({ ok: false, fieldErrors: { note: "Say what needs to change" } });
    expect(await status(a, id, "revise", "Add the lineup")).toMatchObject({ ok: true, message: "Back to draft." });
    expect((await db.eventStatusChange.findFirstOrThrow({ where: { eventId: id, toStatus: "DRAFT", fromStatus: "IN_REVIEW" } })).note).toBe("Add the lineup");
    expect(await status(a, id, "cancel")).toMatchObject({ ok: true, message: "Event canceled." });
    expect(await status(a, id, "submit")).toMatchObject({ ok: false, message: expect.stringMatching(/canceled/) });
    expect(await updateEventAction(null, form({ org: a.slug, id, ...fields() }))).toMatchObject({ ok: false, message: "A canceled event cannot be edited." });
  });

  it("two publishes at once change the status once", async () => {
    signInAs(a.userId);
    const id = await createVia(a);
    await db.ticketType.create({ data: { orgId: a.orgId, eventId: id, name: "GA", price: 0, currency: "EUR", capacity: 10 } });
    const results = await Promise.all([status(a, id, "publish"), status(a, id, "publish")]);
    expect(results.filter((r) => r?.ok)).toHaveLength(1);
    expect(await db.eventStatusChange.count({ where: { eventId: id, toStatus: "PUBLISHED" } })).toBe(1);
  });
});

describe("duplicate", () => {
  it("copies details, lineup and ticket types with nothing sold, as a draft with a new slug", async () => {
    signInAs(a.userId);
    const id = await createVia(a);
    await db.lineupItem.create({ data: { eventId: id, position: 0, name: "Nadia Oyelaran", role: "Designer", notes: "SS27 collection" } });
    await db.ticketType.create({ data: { orgId: a.orgId, eventId: id, name: "VIP", price: 4500, currency: "EUR", capacity: 20, sold: 7, held: 2, hidden: true, unlockCode: "VIP-2030" } });
    await status(a, id, "publish");
    const source = await db.event.findUniqueOrThrow({ where: { id } });
    const copyId = (await redirectOf(duplicateEventAction(null, form({ org: a.slug, id })))).split("/")[3].split("?")[0];
    const copy = await db.event.findUniqueOrThrow({ where: { id: copyId }, include: { lineup: true, ticketTypes: true } });
    expect([copy.status, copy.slug, copy.title, copy.startsAt.getTime(), copy.publishedAt]).toEqual(["DRAFT", `${source.slug}-copy`, `${source.title} (copy)`, source.startsAt.getTime(), null]);
    expect(copy.lineup).toMatchObject([{ name: "Nadia Oyelaran", role: "Designer", notes: "SS27 collection" }]);
    expect(copy.ticketTypes).toMatchObject([{ name: "VIP", price: 4500, capacity: 20, sold: 0, held: 0, hidden: true, unlockCode: "VIP-2030" }]);
    const second = (await redirectOf(duplicateEventAction(null, form({ org: a.slug, id })))).split("/")[3].split("?")[0];
    expect((await db.event.findUniqueOrThrow({ where: { id: second } })).slug).toBe(`${source.slug}-copy-2`);
  });
});
