import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createStaffAndService, createTestBooking } from "@/test/dash-booking-factories";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { changeBookingStatusAction } from "./actions";

// Integration: the booking status action on a real database, called as the detail page's form calls it.
type Org = Awaited<ReturnType<typeof createOrg>>;
const HOUR = 3_600_000;

let a: Org;
let b: Org;
let staffUser: { id: string };
let setup: Awaited<ReturnType<typeof createStaffAndService>>;
const booking = (startsAt: Date, status: "PENDING_CONFIRMATION" | "CONFIRMED" = "PENDING_CONFIRMATION") => createTestBooking({ orgId: a.orgId, serviceId: setup.service.id, staffMemberId: setup.staff.id, startsAt, status });
const snapshot = (id: string) => db.booking.findUniqueOrThrow({ where: { id }, select: { status: true, confirmedAt: true, updatedAt: true } });
const act = (org: Org, id: string, action: string) => changeBookingStatusAction(null, form({ org: org.slug, id, action }));
let slot = 0;
const future = () => new Date(Date.now() + (48 + 2 * slot++) * HOUR);

beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  staffUser = await addMember(a.orgId, "STAFF");
  setup = await createStaffAndService(a.orgId, { serviceName: "Haircut", staffName: "Mia" });
});

describe("changeBookingStatusAction", () => {
  it("confirms a pending booking, records who did it, and emails the client in their time zone", async () => {
    const bk = await booking(future());
    signInAs(a.userId);
    const result = await act(a, bk.id, "confirm");
    expect(result).toMatchObject({ ok: true, data: { status: "CONFIRMED" } });
    const row = await snapshot(bk.id);
    expect(row.status).toBe("CONFIRMED");
    expect(row.confirmedAt).not.toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: a.orgId, targetType: "Booking", targetId: bk.id } });
    expect(audit).toMatchObject({ action: "booking.confirmed", actorUserId: a.userId, data: { from: "PENDING_CONFIRMATION", to: "CONFIRMED" } });
    const email = await db.emailOutbox.findFirstOrThrow({ where: { orgId: a.orgId, subject: { contains: "Confirmed: Haircut" } }, orderBy: { createdAt: "desc" } });
    expect(email.html).toContain("America/New_York");
  });

  it("lets a STAFF member decline, and the client gets the declined email", async () => {
    const bk = await booking(future());
    signInAs(staffUser.id);
    expect(await act(a, bk.id, "decline")).toMatchObject({ ok: true, data: { status: "DECLINED" } });
    expect((await snapshot(bk.id)).status).toBe("DECLINED");
    const clientEmail = (await db.booking.findUniqueOrThrow({ where: { id: bk.id } })).clientEmail;
    expect(await db.emailOutbox.count({ where: { to: clientEmail, subject: { startsWith: "Declined" } } })).toBe(1);
  });

  it("answers not-found to a member of org B, through either slug, and changes nothing", async () => {
    const bk = await booking(future());
    const before = await snapshot(bk.id);
    signInAs(b.userId);
    for (const org of [b, a]) {
      const result = await act(org, bk.id, "confirm");
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/not found/i) });
    }
    expect(await snapshot(bk.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { targetId: bk.id } })).toBe(0);
  });

  it("refuses completion before the start and a transition the table forbids, with a reason", async () => {
    const bk = await booking(future(), "CONFIRMED");
    signInAs(a.userId);
    expect(await act(a, bk.id, "complete")).toMatchObject({ ok: false, message: "This can only be done once the appointment has started." });
    expect(await act(a, bk.id, "confirm")).toMatchObject({ ok: false, message: "This booking is confirmed; it cannot be confirmed." });
    expect((await snapshot(bk.id)).status).toBe("CONFIRMED");
  });

  it("marks a past booking completed, then corrects it to no-show", async () => {
    const bk = await booking(new Date(Date.now() - 30 * HOUR - slot++ * 2 * HOUR), "CONFIRMED");
    signInAs(staffUser.id);
    expect(await act(a, bk.id, "complete")).toMatchObject({ ok: true, data: { status: "COMPLETED" } });
    expect(await act(a, bk.id, "noShow")).toMatchObject({ ok: true, data: { status: "NO_SHOW" } });
    const actions = await db.auditLog.findMany({ where: { targetId: bk.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorUserId: true } });
    expect(actions).toEqual([
      { action: "booking.completed", actorUserId: staffUser.id },
      { action: "booking.no_show", actorUserId: staffUser.id },
    ]);
  });

  it("applies exactly one of a concurrent confirm and decline", async () => {
    for (let round = 0; round < 5; round++) {
      const bk = await booking(future());
      signInAs(a.userId);
      const results = await Promise.all([act(a, bk.id, "confirm"), act(a, bk.id, "decline")]);
      const oks = results.filter((r) => r?.ok);
      expect(oks).toHaveLength(1);
      expect(results.find((r) => !r?.ok)).toMatchObject({ ok: false, message: expect.stringMatching(/just changed|cannot be/) });
      const row = await snapshot(bk.id);
      expect(row.status).toBe((oks[0] as { data: { status: string } }).data.status);
      expect(await db.auditLog.count({ where: { targetId: bk.id } })).toBe(1);
      const clientEmail = (await db.booking.findUniqueOrThrow({ where: { id: bk.id } })).clientEmail;
      expect(await db.emailOutbox.count({ where: { to: clientEmail } })).toBe(1);
    }
  });

  it("rejects bad input with field errors and an unknown id as not found", async () => {
    signInAs(a.userId);
    expect(await act(a, "x", "explode")).toMatchObject({ ok: false, fieldErrors: { action: "Unknown action" } });
    expect(await act(a, "does-not-exist", "confirm")).toMatchObject({ ok: false, message: "Booking not found." });
    expect(await act(a, "y".repeat(500), "confirm")).toMatchObject({ ok: false, fieldErrors: { id: "Booking not found" } });
  });

  it("cancels through cancelBooking (frees the slot, staff as the canceler) and records who did it", async () => {
    const bk = await booking(future(), "CONFIRMED");
    signInAs(staffUser.id);
    expect(await act(a, bk.id, "cancel")).toMatchObject({ ok: true, data: { status: "CANCELED" } });
    expect(await db.booking.findUniqueOrThrow({ where: { id: bk.id }, select: { status: true, canceledBy: true } })).toEqual({ status: "CANCELED", canceledBy: "staff" });
    expect(await db.auditLog.count({ where: { targetId: bk.id, action: "booking.canceled", actorUserId: staffUser.id } })).toBe(1);
    expect(await act(a, bk.id, "cancel")).toMatchObject({ ok: false, message: "This booking is canceled; it cannot be canceled." });
  });
});
