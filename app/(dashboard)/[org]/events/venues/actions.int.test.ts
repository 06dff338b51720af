import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { createVenueAction, deleteVenueAction, updateVenueAction } from "./actions";

// Integration: the Venues server actions on a real database, as their forms call them.
type Org = Awaited<ReturnType<typeof createOrg>>;
const fields = { name: "Lumen Hall", address: "Torstraße 1", city: "Berlin", capacity: "250", timeZone: "Europe/Berlin" };
let a: Org;
let b: Org;
beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
});

async function createVia(org: Org, extra: Record<string, string> = {}) {
  await createVenueAction(null, form({ org: org.slug, ...fields, ...extra })).catch((e: { digest?: string }) => expect(e.digest).toMatch(/^NEXT_REDIRECT/));
  return db.venue.findFirstOrThrow({ where: { orgId: org.orgId }, orderBy: { createdAt: "desc" } });
}

describe("venues", () => {
  it("creates, updates and deletes an unused venue", async () => {
    signInAs(a.userId);
    const venue = await createVia(a);
    expect(venue).toMatchObject({ name: "Lumen Hall", capacity: 250, timeZone: "Europe/Berlin" });
    expect(await updateVenueAction(null, form({ org: a.slug, id: venue.id, ...fields, capacity: "", timeZone: "Europe/Lisbon" }))).toMatchObject({ ok: true });
    expect(await db.venue.findUnique({ where: { id: venue.id } })).toMatchObject({ capacity: null, timeZone: "Europe/Lisbon" });
    await deleteVenueAction(null, form({ org: a.slug, id: venue.id })).catch((e: { digest?: string }) => expect(e.digest).toMatch(/^NEXT_REDIRECT/));
    expect(await db.venue.count({ where: { id: venue.id } })).toBe(0);
  });

  it("refuses bad fields and keeps a venue that an event uses", async () => {
    signInAs(a.userId);
    const bad = await createVenueAction(null, form({ org: a.slug, ...fields, name: "", capacity: "0", timeZone: "Mars/Olympus" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { name: "Name is required", capacity: "Capacity must be between 1 and 1000000", timeZone: "Choose a valid time zone" } });
    const venue = await createVia(a, { name: "Used" });
    await db.event.create({ data: { orgId: a.orgId, venueId: venue.id, slug: `used-${venue.id}`, title: "Show", startsAt: new Date("2030-01-01T18:00:00Z"), endsAt: new Date("2030-01-01T20:00:00Z"), timeZone: "Europe/Berlin" } });
    expect(await deleteVenueAction(null, form({ org: a.slug, id: venue.id }))).toMatchObject({ ok: false, message: expect.stringMatching(/used by 1 event/) });
  });

  it("another org's venue is not found; staff cannot manage venues", async () => {
    signInAs(a.userId);
    const venue = await createVia(a, { name: "Mine" });
    signInAs(b.userId);
    expect(await updateVenueAction(null, form({ org: b.slug, id: venue.id, ...fields }))).toMatchObject({ ok: false, message: "Venue not found." });
    expect(await deleteVenueAction(null, form({ org: b.slug, id: venue.id }))).toMatchObject({ ok: false, message: "Venue not found." });
    const staff = await addMember(a.orgId, "STAFF");
    signInAs(staff.id);
    expect(await updateVenueAction(null, form({ org: a.slug, id: venue.id, ...fields }))).toMatchObject({ ok: false, message: expect.stringMatching(/role/) });
    expect((await db.venue.findUnique({ where: { id: venue.id } }))?.name).toBe("Mine");
  });
});
