import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg, form, signInAs } from "@/test/factories";
import { createTicketTypeAction, deleteTicketTypeAction, moveTicketTypeAction, updateTicketTypeAction } from "./actions";

// Integration: an event's ticket types; capacity never below sold + held, nothing sold deleted.
type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let eventId: string;
const base = { name: "General admission", price: "24.90", capacity: "100", maxPerOrder: "6" };
const add = (org: Org, extra: Record<string, string> = {}) => createTicketTypeAction(null, form({ org: org.slug, eventId, ...base, ...extra }));
const types = () => db.ticketType.findMany({ where: { eventId }, orderBy: { position: "asc" } });

beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  eventId = (await db.event.create({ data: { orgId: a.orgId, slug: `tt-${a.slug}`, title: "Show", startsAt: new Date("2030-07-10T17:00:00Z"), endsAt: new Date("2030-07-10T21:00:00Z"), timeZone: "Europe/Berlin" } })).id;
});

describe("ticket types", () => {
  it("adds types in order with exact prices in the org currency and the sale window in the event's zone", async () => {
    signInAs(a.userId);
    expect(await add(a, { saleStartsAt: "2030-06-01T10:00" })).toMatchObject({ ok: true });
    expect(await add(a, { name: "Free entry", price: "" })).toMatchObject({ ok: true });
    const [ga, free] = await types();
    expect([ga.price, ga.currency, ga.capacity, ga.maxPerOrder, ga.position, ga.saleStartsAt?.toISOString()]).toEqual([2490, "EUR", 100, 6, 0, "2030-06-01T08:00:00.000Z"]);
    expect([free.price, free.position]).toEqual([0, 1]);
  });

  it("capacity cannot go below sold + held; nothing changes on refusal", async () => {
    signInAs(a.userId);
    const [ga] = await types();
    await db.ticketType.update({ where: { id: ga.id }, data: { sold: 30, held: 5 } });
    const res = await updateTicketTypeAction(null, form({ org: a.slug, eventId, id: ga.id, ...base, name: "Renamed", capacity: "34" }));
    expect(res).toMatchObject({ ok: false, fieldErrors: { capacity: "30 sold and 5 held right now: capacity cannot go below 35" } });
    expect(await db.ticketType.findUnique({ where: { id: ga.id } })).toMatchObject({ name: "General admission", capacity: 100 });
    expect(await updateTicketTypeAction(null, form({ org: a.slug, eventId, id: ga.id, ...base, capacity: "35" }))).toMatchObject({ ok: true });
    expect(await deleteTicketTypeAction(null, form({ org: a.slug, eventId, id: ga.id }))).toMatchObject({ ok: false, message: expect.stringMatching(/sold/) });
  });

  it("reorders and deletes an unsold type", async () => {
    signInAs(a.userId);
    const [ga, free] = await types();
    await moveTicketTypeAction(null, form({ org: a.slug, eventId, id: free.id, direction: "up" }));
    expect((await types()).map((t) => t.id)).toEqual([free.id, ga.id]);
    expect(await deleteTicketTypeAction(null, form({ org: a.slug, eventId, id: free.id }))).toMatchObject({ ok: true });
    expect((await types()).map((t) => t.id)).toEqual([ga.id]);
  });

  it("bad fields are field errors; another org gets not found", async () => {
    signInAs(a.userId);
    expect(await add(a, { name: "", price: "1.234" })).toMatchObject({ ok: false, fieldErrors: { name: "Name is required", price: "Use at most 2 decimals" } });
    expect(await add(a, { hidden: "on" })).toMatchObject({ ok: false, fieldErrors: { unlockCode: "A hidden ticket type needs an unlock code" } });
    const [ga] = await types();
    signInAs(b.userId);
    expect(await add(b)).toMatchObject({ ok: false, message: "Event not found." });
    expect(await updateTicketTypeAction(null, form({ org: b.slug, eventId, id: ga.id, ...base }))).toMatchObject({ ok: false, message: "Event not found." });
    expect(await deleteTicketTypeAction(null, form({ org: b.slug, eventId, id: ga.id }))).toMatchObject({ ok: false, message: "Ticket type not found." });
    expect(await db.ticketType.count({ where: { eventId } })).toBe(1);
  });
});
