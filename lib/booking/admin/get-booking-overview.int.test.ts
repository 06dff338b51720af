import { describe, expect, it } from "vitest";
import { getCustomerTimeline } from "@/lib/customers/profile/get-customer-timeline";
import { createStaffAndService, createTestBooking, createTestCustomer } from "@/test/dash-booking-factories";
import { createOrg } from "@/test/factories";
import { getBookingOverview } from "./get-booking-overview";

const HOUR = 3_600_000;

describe("getBookingOverview and the customer timeline's bookings", () => {
  it("counts upcoming active bookings of the org only, today's among them, soonest first", async () => {
    const [a, b] = await Promise.all([createOrg({ timezone: "UTC" }), createOrg({ timezone: "UTC" })]);
    const { staff, service } = await createStaffAndService(a.orgId);
    const other = await createStaffAndService(b.orgId);
    const now = new Date("2026-12-03T10:00:00Z");
    const at = (h: number) => new Date(now.getTime() + h * HOUR);
    const make = (startsAt: Date, status: "CONFIRMED" | "CANCELED" | "PENDING_CONFIRMATION" = "CONFIRMED") => createTestBooking({ orgId: a.orgId, serviceId: service.id, staffMemberId: staff.id, startsAt, status });
    const later = await make(at(30));
    const soon = await make(at(2), "PENDING_CONFIRMATION");
    await make(at(4), "CANCELED");
    await make(at(-3));
    await createTestBooking({ orgId: b.orgId, serviceId: other.service.id, staffMemberId: other.staff.id, startsAt: at(1) });
    const overview = await getBookingOverview({ orgId: a.orgId, timeZone: "UTC", now });
    expect([overview.total, overview.today]).toEqual([2, 1]);
    expect(overview.next.map((n) => n.id)).toEqual([soon.id, later.id]);
  });

  it("lists a customer's bookings on their timeline", async () => {
    const org = await createOrg();
    const { staff, service } = await createStaffAndService(org.orgId, { serviceName: "Beard trim", staffName: "Jo" });
    const customer = await createTestCustomer(org.orgId);
    const booking = await createTestBooking({ orgId: org.orgId, serviceId: service.id, staffMemberId: staff.id, customerId: customer.id, startsAt: new Date(Date.now() + 48 * HOUR) });
    const items = await getCustomerTimeline({ orgId: org.orgId, customerId: customer.id });
    expect(items.find((i) => i.kind === "booking")).toMatchObject({ bookingId: booking.id, serviceName: "Beard trim", staffName: "Jo", status: "CONFIRMED" });
  });
});
