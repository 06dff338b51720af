import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { computeSlots } from "./compute-slots";
import { loadServiceAvailability, type BusySourceLoader } from "./load-staff-availability";
import { zoned } from "../../../test/booking-helpers";

// Integration: what loadServiceAvailability reads from a real database, and the slots it leads to.
const TZ = "Europe/Berlin";
const now = zoned(TZ, "2026-03-01T08:00");
const range = { from: zoned(TZ, "2026-03-02T00:00"), to: zoned(TZ, "2026-03-09T00:00") }; // Mon..Sun

let org: Awaited<ReturnType<typeof createOrg>>;
let serviceId: string;
let ana: string;
let ben: string;
let otherServiceId: string;

async function book(staffMemberId: string, wallStart: string, status: "CONFIRMED" | "CANCELED" | "EXPIRED" | "PENDING_PAYMENT" = "CONFIRMED", opts: { service?: string; holdExpiresAt?: Date } = {}) {
  const customer = await db.customer.create({ data: { orgId: org.orgId, name: "Client" }, select: { id: true } });
  const startsAt = zoned(TZ, wallStart);
  const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
  return db.booking.create({
    data: {
      orgId: org.orgId,
      serviceId: opts.service ?? serviceId,
      staffMemberId,
      customerId: customer.id,
      status,
      startsAt,
      endsAt,
      blockedFrom: new Date(startsAt.getTime() - 15 * 60_000),
      blockedUntil: endsAt,
      clientName: "Client",
      clientEmail: "c@x.io",
      clientTimeZone: TZ,
      holdExpiresAt: opts.holdExpiresAt,
    },
  });
}

beforeAll(async () => {
  org = await createOrg();
  const service = await db.service.create({
    data: { orgId: org.orgId, name: "Cut", slug: "cut", durationMinutes: 60, bufferBeforeMinutes: 15, currency: "EUR", minimumNoticeMinutes: 0, bookingWindowDays: 60, maxBookingsPerDay: 3 },
    select: { id: true },
  });
  serviceId = service.id;
  otherServiceId = (await db.service.create({ data: { orgId: org.orgId, name: "Other", slug: "other", durationMinutes: 60, currency: "EUR" }, select: { id: true } })).id;
  const mk = (name: string, timeZone: string, active = true) =>
    db.staffMember.create({ data: { orgId: org.orgId, name, timeZone, active, rules: { create: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startTime: "09:00", endTime: "12:15" })) } }, select: { id: true } });
  ana = (await mk("Ana", TZ)).id;
  ben = (await mk("Ben", "Europe/Lisbon")).id;
  const gone = (await mk("Gone", TZ, false)).id;
  const unassigned = (await mk("Unassigned", TZ)).id;
  await db.serviceStaff.createMany({ data: [ana, ben, gone].map((staffMemberId) => ({ orgId: org.orgId, serviceId, staffMemberId })) });
  await db.serviceStaff.create({ data: { orgId: org.orgId, serviceId: otherServiceId, staffMemberId: unassigned } });
  await db.dateOverride.createMany({
    data: [
      { staffMemberId: ana, date: "2026-03-04", ranges: [] },
      { staffMemberId: ana, date: "2026-05-01", ranges: [] },
      { staffMemberId: ben, date: "2026-03-05", ranges: [{ start: "14:00", end: "15:15" }] },
    ],
  });
  await book(ana, "2026-03-02T10:30"); // blocks 10:15-11:30 with its buffer
  await book(ana, "2026-03-03T09:15", "CANCELED");
  await book(ana, "2026-03-03T09:15", "EXPIRED"); // a hold the expiry job released
  await book(ana, "2026-03-03T11:00", "PENDING_PAYMENT", { holdExpiresAt: new Date(now.getTime() - 60_000) }); // due, not yet expired: still busy, as for the constraint
  await book(ana, "2026-03-06T09:15", "CONFIRMED", { service: otherServiceId });
  await book(ana, "2026-04-20T09:15"); // outside the range
});

describe("loadServiceAvailability", () => {
  it("loads the active service and its active staff with rules, overrides and busy bookings", async () => {
    const loaded = await loadServiceAvailability(org.orgId, serviceId, range, {});
    expect(loaded.service).toMatchObject({ id: serviceId, name: "Cut", slug: "cut", durationMinutes: 60, bufferBeforeMinutes: 15, maxBookingsPerDay: 3, price: 0, currency: "EUR" });
    expect(loaded.staff.map((s) => [s.name, s.timeZone])).toEqual([
      ["Ana", TZ],
      ["Ben", "Europe/Lisbon"],
    ]);
    const a = loaded.staff[0];
    expect(a.rules).toEqual([1, 2, 3, 4, 5].map((weekday) => ({ weekday, ranges: [{ start: "09:00", end: "12:15" }] })));
    expect(a.overrides).toEqual([{ date: "2026-03-04", ranges: [] }]); // May is far outside the range
    expect(loaded.staff[1].overrides).toEqual([{ date: "2026-03-05", ranges: [{ start: "14:00", end: "15:15" }] }]);
    const busy = a.busy![0];
    expect(busy.source).toBe("bookings");
    expect(busy.intervals.map((i) => i.start.toISOString()).sort()).toEqual([zoned(TZ, "2026-03-02T10:15"), zoned(TZ, "2026-03-03T10:45"), zoned(TZ, "2026-03-06T09:00")].map((d) => d.toISOString()));
    // Only this service's bookings count toward its daily limit.
    expect(a.bookingStarts!.map((d) => d.toISOString()).sort()).toEqual([zoned(TZ, "2026-03-02T10:30"), zoned(TZ, "2026-03-03T11:00")].map((d) => d.toISOString()));
    expect(loaded.staff[1].busy).toEqual([{ source: "bookings", intervals: [] }]);
  });

  it("feeds computeSlots: busy time (with buffers) and days off take slots away", async () => {
    const loaded = await loadServiceAvailability(org.orgId, serviceId, range, {});
    const slots = computeSlots({ ...loaded, now });
    const anaStarts = slots.filter((s) => s.staffIds.includes(ana)).map((s) => s.start.toISOString());
    // Monday: 09:15 fits ([09:00, 10:15) touches the booking's [10:15, 11:30)); 10:15 and 11:15 overlap it.
    expect(anaStarts.filter((s) => s.startsWith("2026-03-02"))).toEqual([zoned(TZ, "2026-03-02T09:15").toISOString()]);
    expect(slots.filter((s) => s.start.toISOString().startsWith("2026-03-09")).length).toBe(0);
    // Tuesday: the canceled and expired bookings at 09:15 free it; the hold at 11:00 blocks 10:15 and 11:15.
    expect(anaStarts.filter((s) => s.startsWith("2026-03-03"))).toEqual([zoned(TZ, "2026-03-03T09:15").toISOString()]);
    expect(anaStarts.filter((s) => s.startsWith("2026-03-04"))).toEqual([]); // day off
    const benThursday = slots.filter((s) => s.staffIds.includes(ben) && s.start.toISOString().startsWith("2026-03-05"));
    expect(benThursday.map((s) => s.start.toISOString())).toEqual([zoned("Europe/Lisbon", "2026-03-05T14:15").toISOString()]);
  });

  it("another busy source plugs in beside the bookings", async () => {
    const google: BusySourceLoader = async ({ staffIds }) => new Map(staffIds.map((id) => [id, { source: "google", intervals: [{ start: zoned(TZ, "2026-03-02T00:00"), end: zoned(TZ, "2026-03-03T00:00") }] }]));
    const loaded = await loadServiceAvailability(org.orgId, serviceId, range, { busySources: [google] });
    expect(loaded.staff[0].busy!.map((b) => b.source)).toEqual(["bookings", "google"]);
    const slots = computeSlots({ ...loaded, now });
    expect(slots.some((s) => s.start < zoned(TZ, "2026-03-03T00:00") && s.start >= zoned(TZ, "2026-03-02T00:00"))).toBe(false);
  });

  it("an archived, unknown or foreign service is NOT_FOUND", async () => {
    const other = await createOrg();
    await expect(loadServiceAvailability(other.orgId, serviceId, range, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadServiceAvailability(org.orgId, "nope", range, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    const archived = await db.service.create({ data: { orgId: org.orgId, name: "Old", slug: "old", durationMinutes: 30, currency: "EUR", active: false }, select: { id: true } });
    await expect(loadServiceAvailability(org.orgId, archived.id, range, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
