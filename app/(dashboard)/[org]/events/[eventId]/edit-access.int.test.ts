import { beforeAll, describe, expect, it } from "vitest";
import type { EventStatus } from "@/lib/db/generated/enums";
import { db } from "@/lib/db/client";
import { addMember, createOrg, form, signInAs, uid } from "@/test/factories";
import { STAFF_EDITS_DRAFTS_ONLY } from "@/lib/ticketing/events/event-edit-access";
import { updateEventAction } from "../actions";
import { addLineupItemAction, deleteLineupItemAction, moveLineupItemAction } from "./actions";
import { createTicketTypeAction, deleteTicketTypeAction, moveTicketTypeAction, updateTicketTypeAction } from "./tickets/actions";

// Integration: staff edit drafts only; an event in review or published (its details, lineup and
// ticket types) needs an owner or admin, and a refused edit changes nothing.
type Org = Awaited<ReturnType<typeof createOrg>>;
let org: Org;
let staffId: string;
let adminId: string;
const ticketFields = { name: "General admission", price: "24.90", capacity: "100", maxPerOrder: "6" };

async function eventIn(status: EventStatus) {
  const event = await db.event.create({
    data: { orgId: org.orgId, slug: `access-${uid()}`, title: "Show", startsAt: new Date("2030-07-10T17:00:00Z"), endsAt: new Date("2030-07-10T21:00:00Z"), timeZone: "Europe/Berlin", status },
    select: { id: true, slug: true },
  });
  const types = await Promise.all(["GA", "VIP"].map((name, position) => db.ticketType.create({ data: { orgId: org.orgId, eventId: event.id, name, position, price: 0, currency: "EUR", capacity: 10 }, select: { id: true } })));
  const item = await db.lineupItem.create({ data: { eventId: event.id, position: 0, name: "Nadia", role: "Designer" }, select: { id: true } });
  return { ...event, types, itemId: item.id };
}

const snapshot = (eventId: string) =>
  db.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { title: true, slug: true, ticketTypes: { orderBy: { position: "asc" }, select: { id: true, name: true, capacity: true, position: true } }, lineup: { select: { id: true, name: true } } },
  });

// Every edit the Details and Tickets tabs offer, as the forms post them.
function edits(event: Awaited<ReturnType<typeof eventIn>>) {
  const base = { org: org.slug, eventId: event.id };
  return {
    details: () => updateEventAction(null, form({ org: org.slug, id: event.id, title: "Renamed", slug: event.slug, description: "", startsAt: "2030-07-10T19:00", endsAt: "2030-07-10T23:00" })),
    addType: () => createTicketTypeAction(null, form({ ...base, ...ticketFields })),
    updateType: () => updateTicketTypeAction(null, form({ ...base, id: event.types[0].id, ...ticketFields, name: "GA early", capacity: "50" })),
    moveType: () => moveTicketTypeAction(null, form({ ...base, id: event.types[1].id, direction: "up" })),
    deleteType: () => deleteTicketTypeAction(null, form({ ...base, id: event.types[1].id })),
    addLineup: () => addLineupItemAction(null, form({ ...base, name: "Someone", role: "DJ" })),
    moveLineup: () => moveLineupItemAction(null, form({ ...base, id: event.itemId, direction: "down" })),
    deleteLineup: () => deleteLineupItemAction(null, form({ ...base, id: event.itemId })),
  };
}

beforeAll(async () => {
  org = await createOrg();
  [staffId, adminId] = (await Promise.all([addMember(org.orgId, "STAFF"), addMember(org.orgId, "ADMIN")])).map((u) => u.id);
});

describe("who may edit an event", () => {
  it.each(["IN_REVIEW", "PUBLISHED"] as const)("staff are refused on a %s event with a clear message, and nothing changes", async (status) => {
    const event = await eventIn(status);
    const before = await snapshot(event.id);
    signInAs(staffId);
    for (const [name, edit] of Object.entries(edits(event))) {
      const result = await edit();
      expect({ name, result }).toMatchObject({ name, result: { ok: false, message: STAFF_EDITS_DRAFTS_ONLY } });
    }
    expect(await snapshot(event.id)).toEqual(before);
  });

  it("staff edit a draft: details, ticket types and lineup", async () => {
    const event = await eventIn("DRAFT");
    signInAs(staffId);
    for (const [name, edit] of Object.entries(edits(event))) expect({ name, result: await edit() }).toMatchObject({ name, result: expect.not.objectContaining({ ok: false }) });
    const after = await snapshot(event.id);
    expect(after.title).toBe("Renamed");
    expect(after.ticketTypes.map((t) => [t.name, t.capacity])).toEqual([
      ["GA early", 50],
      ["General admission", 100],
    ]);
    expect(after.lineup.map((l) => l.name)).toEqual(["Someone"]);
  });

  it("an admin edits a published event; the reorder renumbers the positions in one go", async () => {
    const event = await eventIn("PUBLISHED");
    signInAs(adminId);
    const { details, updateType, moveType, addType } = edits(event);
    for (const edit of [details, updateType, moveType, addType]) expect(await edit()).not.toMatchObject({ ok: false });
    const after = await snapshot(event.id);
    expect(after.title).toBe("Renamed");
    expect(after.ticketTypes.map((t) => [t.name, t.position, t.capacity])).toEqual([
      ["VIP", 0, 10],
      ["GA early", 1, 50],
      ["General admission", 2, 100],
    ]);
  });
});
