import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { archiveServiceAction, createServiceAction, updateServiceAction } from "./actions";
import { redirectOf } from "@/test/actions";

// Integration: the Services server actions on a real database, called as the form calls them.
type Org = Awaited<ReturnType<typeof createOrg>>;

const base = {
  name: "Portrait session",
  slug: "portrait-session",
  durationMinutes: "60",
  price: "49.90",
  bufferBeforeMinutes: "10",
  bufferAfterMinutes: "15",
  minimumNoticeMinutes: "120",
  bookingWindowDays: "60",
  maxBookingsPerDay: "",
  slotIntervalMinutes: "30",
  cancellationCutoffHours: "24",
  reminderOffsetsMinutes: "24 h, 1 h",
  requiresPayment: "on",
};
const snapshot = (id: string) => db.service.findUnique({ where: { id }, include: { staff: { select: { staffMemberId: true } } } });

async function createVia(org: Org, fields: Record<string, string | string[]>) {
  const url = await redirectOf(createServiceAction(null, form({ org: org.slug, ...base, ...fields })));
  return url.split("/").pop()!.split("?")[0];
}

let a: Org;
let b: Org;
let staffA: { id: string };
beforeAll(async () => {
  [a, b] = await Promise.all([createOrg({ currency: "EUR" }), createOrg({ currency: "JPY" })]);
  staffA = await db.staffMember.create({ data: { orgId: a.orgId, name: "Ana", timeZone: "Europe/Berlin" }, select: { id: true } });
});

describe("create / update / archive a service", () => {
  it("creates a service with exact minor units, staff and reminders, then redirects to it", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { "staffIds[]": [staffA.id] });
    const row = await snapshot(id);
    expect(row).toMatchObject({
      orgId: a.orgId,
      name: "Portrait session",
      price: 4990,
      currency: "EUR",
      durationMinutes: 60,
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 15,
      bookingWindowDays: 60,
      maxBookingsPerDay: null,
      slotIntervalMinutes: 30,
      requiresPayment: true,
      requiresConfirmation: false,
      reminderOffsetsMinutes: [1440, 60],
      active: true,
    });
    expect(row?.staff).toEqual([{ staffMemberId: staffA.id }]);
    expect(await db.auditLog.count({ where: { orgId: a.orgId, targetId: id, action: "service.created" } })).toBe(1);
  });

  it("a currency without decimals parses whole amounts; decimals are a field error", async () => {
    signInAs(b.userId);
    const id = await createVia(b, { slug: "yen", price: "1,500" });
    expect((await snapshot(id))?.price).toBe(1500);
    const res = await createServiceAction(null, form({ org: b.slug, ...base, slug: "yen-2", price: "15.50" }));
    expect(res).toMatchObject({ ok: false, fieldErrors: { price: "JPY amounts have no decimals" } });
  });

  it("bad input gives field errors and creates nothing", async () => {
    signInAs(a.userId);
    const before = await db.service.count({ where: { orgId: a.orgId } });
    const res = await createServiceAction(null, form({ org: a.slug, ...base, name: "", slug: "Bad Slug!", durationMinutes: "0", price: "-5", reminderOffsetsMinutes: "soon", bufferBeforeMinutes: "1.5" }));
    expect(res?.ok).toBe(false);
    if (res && !res.ok) expect(Object.keys(res.fieldErrors ?? {}).sort()).toEqual(["bufferBeforeMinutes", "durationMinutes", "name", "price", "reminderOffsetsMinutes", "slug"]);
    const free = await createServiceAction(null, form({ org: a.slug, ...base, slug: "free-paid", price: "0" }));
    expect(free).toMatchObject({ ok: false, fieldErrors: { requiresPayment: expect.stringMatching(/free service cannot require payment/) } });
    expect(await db.service.count({ where: { orgId: a.orgId } })).toBe(before);
  });

  it("a slug used in the org is a field error; another org may use it", async () => {
    signInAs(a.userId);
    await createVia(a, { slug: "dupe-slug" });
    const res = await createServiceAction(null, form({ org: a.slug, ...base, slug: "dupe-slug" }));
    expect(res).toMatchObject({ ok: false, fieldErrors: { slug: "Another service already uses this slug" } });
    signInAs(b.userId);
    await createVia(b, { slug: "dupe-slug", price: "0", requiresPayment: "" });
  });

  it("updates fields and replaces the staff list; archives and brings back", async () => {
    signInAs(a.userId);
    const other = await db.staffMember.create({ data: { orgId: a.orgId, name: "Ben", timeZone: "Europe/Lisbon" }, select: { id: true } });
    const id = await createVia(a, { slug: "to-update", "staffIds[]": [staffA.id] });
    const res = await updateServiceAction(null, form({ org: a.slug, id, ...base, slug: "updated", name: "Updated", price: "0.1", requiresPayment: "", requiresConfirmation: "on", "staffIds[]": [other.id] }));
    expect(res).toMatchObject({ ok: true, message: "Service saved." });
    const row = await snapshot(id);
    expect(row).toMatchObject({ name: "Updated", slug: "updated", price: 10, requiresPayment: false, requiresConfirmation: true });
    expect(row?.staff).toEqual([{ staffMemberId: other.id }]);

    expect(await archiveServiceAction(null, form({ org: a.slug, id, archived: "1" }))).toMatchObject({ ok: true });
    expect((await snapshot(id))?.active).toBe(false);
    expect(await archiveServiceAction(null, form({ org: a.slug, id, archived: "0" }))).toMatchObject({ ok: true });
    expect((await snapshot(id))?.active).toBe(true);
  });

  it("refuses another org's staff member and changes nothing", async () => {
    signInAs(a.userId);
    const foreign = await db.staffMember.create({ data: { orgId: b.orgId, name: "Foreign", timeZone: "UTC" }, select: { id: true } });
    const id = await createVia(a, { slug: "no-foreign", "staffIds[]": [staffA.id] });
    const before = await snapshot(id);
    const res = await updateServiceAction(null, form({ org: a.slug, id, ...base, slug: "no-foreign", name: "Changed", "staffIds[]": [foreign.id] }));
    expect(res).toMatchObject({ ok: false, fieldErrors: { "staffIds[]": "Choose staff members of this organization" } });
    expect(await snapshot(id)).toEqual(before);
  });
});

describe("tenancy and roles", () => {
  it("a member of org B cannot change or archive org A's service, with either slug", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { slug: "private" });
    const before = await snapshot(id);
    const ownerB = await addMember(b.orgId, "OWNER");
    signInAs(ownerB.id);
    for (const org of [b.slug, a.slug]) {
      expect(await updateServiceAction(null, form({ org, id, ...base, price: "0", requiresPayment: "", name: "Hacked", slug: "hacked" }))).toMatchObject({ ok: false, message: expect.stringMatching(/not found/i) });
      expect(await archiveServiceAction(null, form({ org, id, archived: "1" }))).toMatchObject({ ok: false, message: expect.stringMatching(/not found/i) });
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it("a STAFF member cannot create, edit or archive services", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { slug: "staff-cannot" });
    const before = await snapshot(id);
    const staffUser = await addMember(a.orgId, "STAFF");
    signInAs(staffUser.id);
    const count = await db.service.count({ where: { orgId: a.orgId } });
    expect(await createServiceAction(null, form({ org: a.slug, ...base, slug: "by-staff" }))).toMatchObject({ ok: false, message: expect.stringMatching(/role does not allow/) });
    expect(await updateServiceAction(null, form({ org: a.slug, id, ...base, name: "By staff" }))).toMatchObject({ ok: false });
    expect(await archiveServiceAction(null, form({ org: a.slug, id, archived: "1" }))).toMatchObject({ ok: false });
    expect(await db.service.count({ where: { orgId: a.orgId } })).toBe(count);
    expect(await snapshot(id)).toEqual(before);
  });
});
