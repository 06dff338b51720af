import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg, form, signInAs } from "@/test/factories";
import { addLineupItemAction, deleteLineupItemAction, moveLineupItemAction, setEventCoverAction, updateLineupItemAction } from "./actions";

// Integration: the cover image and the lineup of an event, files posted as the forms post them.
type Org = Awaited<ReturnType<typeof createOrg>>;
const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])], "cover.png", { type: "image/png" });
const withFile = (fields: Record<string, string>, name: string, file: File) => {
  const data = form(fields);
  data.append(name, file);
  return data;
};
let a: Org;
let b: Org;
let eventId: string;

beforeAll(async () => {
  process.env.FRONTDESK_DATA_DIR = mkdtempSync(path.join(tmpdir(), "event-uploads-"));
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  eventId = (await db.event.create({ data: { orgId: a.orgId, slug: `lineup-${a.slug}`, title: "Show", startsAt: new Date("2030-07-10T17:00:00Z"), endsAt: new Date("2030-07-10T21:00:00Z"), timeZone: "Europe/Berlin" } })).id;
});
afterAll(() => {
  delete process.env.FRONTDESK_DATA_DIR;
});

describe("cover image", () => {
  it("stores an image for the event, refuses a non-image, removes it; another org gets not found", async () => {
    signInAs(a.userId);
    expect(await setEventCoverAction(null, withFile({ org: a.slug, eventId }, "cover", png()))).toMatchObject({ ok: true, message: "Cover image saved." });
    const stored = (await db.event.findUniqueOrThrow({ where: { id: eventId } })).coverImagePath;
    expect(stored).toMatch(new RegExp(`^${a.orgId}/[0-9a-f-]{36}\\.png$`));
    expect(await setEventCoverAction(null, withFile({ org: a.slug, eventId }, "cover", new File(["GIF89a"], "x.png")))).toMatchObject({ ok: false, fieldErrors: { cover: "Use a JPEG, PNG or WebP image" } });
    expect(await setEventCoverAction(null, form({ org: a.slug, eventId }))).toMatchObject({ ok: false, fieldErrors: { cover: "Choose an image file" } });
    expect((await db.event.findUniqueOrThrow({ where: { id: eventId } })).coverImagePath).toBe(stored);
    signInAs(b.userId);
    expect(await setEventCoverAction(null, withFile({ org: b.slug, eventId }, "cover", png()))).toMatchObject({ ok: false, message: "Event not found." });
    signInAs(a.userId);
    expect(await setEventCoverAction(null, form({ org: a.slug, eventId, remove: "on" }))).toMatchObject({ ok: true });
    expect((await db.event.findUniqueOrThrow({ where: { id: eventId } })).coverImagePath).toBeNull();
  });
});

describe("lineup", () => {
  it("adds entries in order with a photo, edits, reorders and removes them", async () => {
    signInAs(a.userId);
    expect(await addLineupItemAction(null, withFile({ org: a.slug, eventId, name: "Nadia Oyelaran", role: "Designer", notes: "SS27: Tidal" }, "image", png()))).toMatchObject({ ok: true });
    expect(await addLineupItemAction(null, form({ org: a.slug, eventId, name: "DJ Kesh", role: "DJ" }))).toMatchObject({ ok: true });
    expect(await addLineupItemAction(null, form({ org: a.slug, eventId, name: "", role: "" }))).toMatchObject({ ok: false, fieldErrors: { name: "Name is required", role: "Role is required" } });
    let items = await db.lineupItem.findMany({ where: { eventId }, orderBy: { position: "asc" } });
    expect(items.map((i) => [i.name, i.position, Boolean(i.imagePath)])).toEqual([
      ["Nadia Oyelaran", 0, true],
      ["DJ Kesh", 1, false],
    ]);
    await moveLineupItemAction(null, form({ org: a.slug, eventId, id: items[1].id, direction: "up" }));
    expect(await updateLineupItemAction(null, form({ org: a.slug, eventId, id: items[0].id, name: "Nadia O.", role: "Designer", removeImage: "on" }))).toMatchObject({ ok: true });
    items = await db.lineupItem.findMany({ where: { eventId }, orderBy: { position: "asc" } });
    expect(items.map((i) => [i.name, i.imagePath, i.notes])).toEqual([
      ["DJ Kesh", null, null],
      ["Nadia O.", null, null],
    ]);
    signInAs(b.userId);
    expect(await deleteLineupItemAction(null, form({ org: b.slug, eventId, id: items[0].id }))).toMatchObject({ ok: false, message: "Event not found." });
    signInAs(a.userId);
    expect(await deleteLineupItemAction(null, form({ org: a.slug, eventId, id: items[0].id }))).toMatchObject({ ok: true });
    expect(await db.lineupItem.count({ where: { eventId } })).toBe(1);
  });
});
