import { describe, expect, it } from "vitest";
import { changeBookingStatusAction } from "@/app/(dashboard)/[org]/bookings/actions";
import { db } from "@/lib/db/client";
import { createStaffAndService, createTestBooking } from "@/test/dash-booking-factories";
import { createOrg, form, signInAs } from "@/test/factories";
import { loadBookingPage } from "./load-booking-page";

describe("loadBookingPage", () => {
  it("shows the booking with its history (who, why) and reminders; another org's id is not found", async () => {
    const [a, b] = await Promise.all([createOrg(), createOrg()]);
    const { staff, service } = await createStaffAndService(a.orgId, { serviceName: "Massage", staffName: "Ole" });
    const booking = await createTestBooking({ orgId: a.orgId, serviceId: service.id, staffMemberId: staff.id, startsAt: new Date(Date.now() + 72 * 3_600_000), status: "CONFIRMED" });
    await db.bookingReminder.create({ data: { bookingId: booking.id, offsetMinutes: 1440, startsAt: booking.startsAt } });
    signInAs(a.userId);
    expect(await changeBookingStatusAction(null, form({ org: a.slug, id: booking.id, action: "cancel", reason: "Therapist ill" }))).toMatchObject({ ok: true });

    const page = await loadBookingPage({ orgId: a.orgId, bookingId: booking.id });
    expect(page).toMatchObject({ status: "CANCELED", canceledBy: "staff", service: { name: "Massage" }, staffMember: { name: "Ole" }, order: null, reminders: [{ offsetMinutes: 1440 }] });
    const owner = await db.user.findUniqueOrThrow({ where: { id: a.userId }, select: { name: true } });
    expect(page.history).toMatchObject([{ action: "booking.canceled", by: owner.name, reason: "Therapist ill" }]);
    await expect(loadBookingPage({ orgId: b.orgId, bookingId: booking.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadBookingPage({ orgId: a.orgId, bookingId: "x".repeat(100) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
