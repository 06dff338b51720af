import { beforeAll, describe, expect, it } from "vitest";
import { localToday } from "@/lib/booking/staff/list-staff";
import { db } from "@/lib/db/client";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { createStaffAction, deleteOverrideAction, saveWeeklyHoursAction, setStaffActiveAction, updateStaffAction, upsertOverrideAction } from "./actions";
import { redirectOf } from "@/test/actions";

// Integration: the Staff server actions (details, weekly hours, date overrides) on a real database.
type Org = Awaited<ReturnType<typeof createOrg>>;

async function createVia(org: Org, fields: Record<string, string>) {
  const url = await redirectOf(createStaffAction(null, form({ org: org.slug, timeZone: "Europe/Berlin", ...fields })));
  return url.split("/").pop()!.split("?")[0];
}

const rules = (staffMemberId: string) => db.availabilityRule.findMany({ where: { staffMemberId }, orderBy: [{ weekday: "asc" }, { startTime: "asc" }], select: { weekday: true, startTime: true, endTime: true } });
const hours = (h: Record<string, { start: string; end: string }[]>) => JSON.stringify(h);
const inDays = (n: number) => new Date(Date.parse(`${localToday("Europe/Berlin")}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

let a: Org;
let b: Org;
beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
});

describe("staff details", () => {
  it("creates a staff member linked to a member of the org; refuses a user of another org", async () => {
    signInAs(a.userId);
    const member = await addMember(a.orgId, "STAFF");
    const id = await createVia(a, { name: " Ana Costa ", email: "ANA@x.io", timeZone: "Europe/Lisbon", userId: member.id });
    expect(await db.staffMember.findUnique({ where: { id }, select: { orgId: true, name: true, email: true, timeZone: true, userId: true, active: true } })).toEqual({
      orgId: a.orgId,
      name: "Ana Costa",
      email: "ana@x.io",
      timeZone: "Europe/Lisbon",
      userId: member.id,
      active: true,
    });

    const outsider = await addMember(b.orgId, "STAFF");
    const before = await db.staffMember.count({ where: { orgId: a.orgId } });
    expect(await createStaffAction(null, form({ org: a.slug, name: "X", timeZone: "Europe/Berlin", userId: outsider.id }))).toMatchObject({ ok: false, fieldErrors: { userId: "Choose a member of this organization" } });
    expect(await createStaffAction(null, form({ org: a.slug, name: "Twice", timeZone: "Europe/Berlin", userId: member.id }))).toMatchObject({ ok: false, fieldErrors: { userId: "This user is already linked to another staff member" } });
    expect(await createStaffAction(null, form({ org: a.slug, name: "", timeZone: "Mars/Olympus", email: "nope" }))).toMatchObject({
      ok: false,
      fieldErrors: { name: "Name is required", timeZone: "Choose a valid time zone", email: "Enter a valid email address" },
    });
    expect(await db.staffMember.count({ where: { orgId: a.orgId } })).toBe(before);
  });

  it("updates details and deactivates / reactivates", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Ben" });
    expect(await redirectOf(updateStaffAction(null, form({ org: a.slug, id, name: "Ben Novak", timeZone: "America/New_York", email: "" })))).toBe(`/${a.slug}/bookings/staff/${id}`);
    expect(await db.staffMember.findUnique({ where: { id }, select: { name: true, timeZone: true } })).toEqual({ name: "Ben Novak", timeZone: "America/New_York" });
    expect(await setStaffActiveAction(null, form({ org: a.slug, id, active: "0" }))).toMatchObject({ ok: true });
    expect((await db.staffMember.findUnique({ where: { id } }))?.active).toBe(false);
    expect(await setStaffActiveAction(null, form({ org: a.slug, id, active: "1" }))).toMatchObject({ ok: true });
    expect((await db.staffMember.findUnique({ where: { id } }))?.active).toBe(true);
  });
});

describe("weekly hours", () => {
  it("replaces all rules; ranges crossing midnight are kept; times are normalized", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Hours" });
    await saveWeeklyHoursAction(null, form({ org: a.slug, id, hours: hours({ 1: [{ start: "09:00", end: "17:00" }], 2: [{ start: "09:00", end: "12:00" }] }) }));
    const res = await saveWeeklyHoursAction(
      null,
      form({
        org: a.slug,
        id,
        hours: hours({
          1: [
            { start: "13:00", end: "18:00" },
            { start: "8:00", end: "12:00" },
          ],
          5: [{ start: "22:00", end: "02:00" }],
        }),
      }),
    );
    expect(res).toMatchObject({ ok: true, message: "Working hours saved." });
    expect(await rules(id)).toEqual([
      { weekday: 1, startTime: "08:00", endTime: "12:00" },
      { weekday: 1, startTime: "13:00", endTime: "18:00" },
      { weekday: 5, startTime: "22:00", endTime: "02:00" },
    ]);
  });

  it("overlapping ranges, bad times or a midnight spill into the next day are refused and nothing changes", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Overlap" });
    await saveWeeklyHoursAction(null, form({ org: a.slug, id, hours: hours({ 3: [{ start: "10:00", end: "16:00" }] }) }));
    const before = await rules(id);
    const res = await saveWeeklyHoursAction(
      null,
      form({
        org: a.slug,
        id,
        hours: hours({
          1: [
            { start: "09:00", end: "13:00" },
            { start: "12:00", end: "15:00" },
          ],
          2: [{ start: "25:00", end: "10:00" }],
          6: [{ start: "20:00", end: "03:00" }],
          7: [{ start: "02:00", end: "06:00" }],
        }),
      }),
    );
    expect(res).toMatchObject({ ok: false, fieldErrors: { "hours.1.1": "Overlaps 09:00–13:00", "hours.2.0": 'Start "25:00" is not a time (HH:MM)', "hours.7.0": "Overlaps the previous day's hours that run past midnight" } });
    expect(await saveWeeklyHoursAction(null, form({ org: a.slug, id, hours: "{not json" }))).toMatchObject({ ok: false, fieldErrors: { hours: "Working hours could not be read" } });
    expect(await rules(id)).toEqual(before);
  });
});

describe("date overrides", () => {
  it("adds a day off, replaces it with special hours, deletes it; refuses a past date", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Override" });
    const date = inDays(5);
    expect(await upsertOverrideAction(null, form({ org: a.slug, id, date, kind: "off" }))).toMatchObject({ ok: true, message: `${date} is a day off.` });
    expect(await db.dateOverride.findMany({ where: { staffMemberId: id }, select: { date: true, ranges: true } })).toEqual([{ date, ranges: [] }]);
    await upsertOverrideAction(null, form({ org: a.slug, id, date, kind: "hours", ranges: JSON.stringify([{ start: "10:00", end: "13:00" }]) }));
    const [override] = await db.dateOverride.findMany({ where: { staffMemberId: id } });
    expect(override).toMatchObject({ date, ranges: [{ start: "10:00", end: "13:00" }] });

    expect(await upsertOverrideAction(null, form({ org: a.slug, id, date: inDays(-3), kind: "off" }))).toMatchObject({ ok: false, fieldErrors: { date: "Choose today or a later date" } });
    expect(await upsertOverrideAction(null, form({ org: a.slug, id, date: "2026-02-30", kind: "off" }))).toMatchObject({ ok: false, fieldErrors: { date: "Choose a valid date (YYYY-MM-DD)" } });
    expect(await upsertOverrideAction(null, form({ org: a.slug, id, date, kind: "hours", ranges: "[]" }))).toMatchObject({ ok: false, fieldErrors: { ranges: "Add at least one range, or choose a day off" } });
    expect(await db.dateOverride.count({ where: { staffMemberId: id } })).toBe(1);

    expect(await deleteOverrideAction(null, form({ org: a.slug, id, overrideId: override.id }))).toMatchObject({ ok: true });
    expect(await db.dateOverride.count({ where: { staffMemberId: id } })).toBe(0);
  });
});

describe("tenancy and the STAFF role", () => {
  it("a member of org B cannot read or change org A's staff, hours or overrides", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Private" });
    await saveWeeklyHoursAction(null, form({ org: a.slug, id, hours: hours({ 1: [{ start: "09:00", end: "17:00" }] }) }));
    await upsertOverrideAction(null, form({ org: a.slug, id, date: inDays(2), kind: "off" }));
    const [override] = await db.dateOverride.findMany({ where: { staffMemberId: id } });
    const snapshot = async () => ({ staff: await db.staffMember.findUnique({ where: { id } }), rules: await rules(id), overrides: await db.dateOverride.findMany({ where: { staffMemberId: id } }) });
    const before = await snapshot();
    const ownerB = await addMember(b.orgId, "OWNER");
    signInAs(ownerB.id);
    for (const org of [b.slug, a.slug]) {
      const results = [
        await updateStaffAction(null, form({ org, id, name: "Hacked", timeZone: "UTC" })),
        await setStaffActiveAction(null, form({ org, id, active: "0" })),
        await saveWeeklyHoursAction(null, form({ org, id, hours: "{}" })),
        await upsertOverrideAction(null, form({ org, id, date: inDays(3), kind: "off" })),
        await deleteOverrideAction(null, form({ org, id, overrideId: override.id })),
      ];
      for (const r of results) expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/not found/i) });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("a STAFF member edits only their own hours and overrides, and no details", async () => {
    signInAs(a.userId);
    const me = await addMember(a.orgId, "STAFF");
    const mine = await createVia(a, { name: "Me", userId: me.id });
    const theirs = await createVia(a, { name: "Colleague" });
    signInAs(me.id);
    expect(await saveWeeklyHoursAction(null, form({ org: a.slug, id: mine, hours: hours({ 2: [{ start: "10:00", end: "14:00" }] }) }))).toMatchObject({ ok: true });
    expect(await rules(mine)).toEqual([{ weekday: 2, startTime: "10:00", endTime: "14:00" }]);
    expect(await upsertOverrideAction(null, form({ org: a.slug, id: mine, date: inDays(1), kind: "off" }))).toMatchObject({ ok: true });

    expect(await saveWeeklyHoursAction(null, form({ org: a.slug, id: theirs, hours: hours({ 2: [{ start: "10:00", end: "14:00" }] }) }))).toMatchObject({ ok: false, message: "You can only change your own working hours." });
    expect(await upsertOverrideAction(null, form({ org: a.slug, id: theirs, date: inDays(1), kind: "off" }))).toMatchObject({ ok: false, message: "You can only change your own working hours." });
    expect(await updateStaffAction(null, form({ org: a.slug, id: mine, name: "Renamed", timeZone: "UTC" }))).toMatchObject({ ok: false, message: expect.stringMatching(/role does not allow/) });
    expect(await createStaffAction(null, form({ org: a.slug, name: "New", timeZone: "UTC" }))).toMatchObject({ ok: false, message: expect.stringMatching(/role does not allow/) });
    expect(await rules(theirs)).toEqual([]);
    expect(await db.dateOverride.count({ where: { staffMemberId: theirs } })).toBe(0);
    expect((await db.staffMember.findUnique({ where: { id: mine } }))?.name).toBe("Me");
  });
});
