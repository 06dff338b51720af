import { beforeAll, describe, expect, it } from "vitest";
import { daysAheadAt } from "@/test/booking-time";
import { createBooking } from "@/lib/booking/lifecycle/create-booking";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createTestCustomer } from "@/test/dash-booking-factories";
import { addMember, createBookableService, createOrg, form, signInAs, uid } from "@/test/factories";
import { createManualBookingAction } from "./actions";

// Integration: booking for a client from the dashboard, through the server action the form posts to.
type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let staffUser: { id: string };

beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  staffUser = await addMember(a.orgId, "STAFF");
});

/** Runs the action; a success redirects (thrown by Next), so return where it went or the form state. */
async function book(org: Org, fields: Record<string, string>) {
  try {
    return { state: await createManualBookingAction(null, form({ org: org.slug, ...fields })) };
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw err;
    return { redirect: digest.split(";")[2] };
  }
}
const idFrom = (redirect?: string) => redirect?.match(/bookings\/([^?]+)\?created=1$/)?.[1] ?? "";

describe("createManualBookingAction", () => {
  it("books a new client at short notice (staff may), confirmed at once, and emails them", async () => {
    const service = await createBookableService({ orgId: a.orgId, minimumNoticeMinutes: 3 * 24 * 60, requiresConfirmation: true });
    const email = `walk-in-${uid()}@test.dev`;
    signInAs(staffUser.id);
    const start = daysAheadAt(1, "10:00");
    const res = await book(a, { service: service.id, staff: service.staff[0].id, start: start.toISOString(), name: "Walk In", email, phone: "", notes: "Allergic to lavender", sendConfirmation: "on", payment: "free" });
    const row = await db.booking.findUniqueOrThrow({
      where: { id: idFrom(res.redirect) },
      select: { status: true, source: true, createdByUserId: true, startsAt: true, clientNotes: true, orderId: true, customer: { select: { email: true, name: true } } },
    });
    expect(row).toMatchObject({ status: "CONFIRMED", source: "dashboard", createdByUserId: staffUser.id, clientNotes: "Allergic to lavender", orderId: null, customer: { email, name: "Walk In" } });
    expect(row.startsAt.getTime()).toBe(start.getTime());
    expect(await db.emailOutbox.count({ where: { orgId: a.orgId, to: email } })).toBe(1);
  });

  it("books an existing customer paying at the venue: a PAID order without Stripe, no email when unticked", async () => {
    const service = await createBookableService({ orgId: a.orgId, price: 4500, requiresPayment: true });
    const customer = await createTestCustomer(a.orgId);
    signInAs(a.userId);
    const res = await book(a, { service: service.id, staff: "any", start: daysAheadAt(2, "11:00").toISOString(), customerId: customer.id, name: customer.name, email: customer.email!, payment: "venue" });
    const row = await db.booking.findUniqueOrThrow({ where: { id: idFrom(res.redirect) }, select: { status: true, customerId: true, order: { select: { status: true, amount: true, paidAt: true, stripeCheckoutSessionId: true } } } });
    expect(row).toMatchObject({ status: "CONFIRMED", customerId: customer.id, order: { status: "PAID", amount: 4500, stripeCheckoutSessionId: null } });
    expect(row.order?.paidAt).toBeInstanceOf(Date);
    expect(await db.emailOutbox.count({ where: { orgId: a.orgId, to: customer.email! } })).toBe(0);
  });

  it("answers a taken time with a field error on the time and creates nothing", async () => {
    const service = await createBookableService({ orgId: a.orgId });
    const start = daysAheadAt(3, "12:00").toISOString();
    signInAs(a.userId);
    const fields = { service: service.id, staff: service.staff[0].id, start, name: "First", email: `first-${uid()}@test.dev` };
    expect((await book(a, fields)).redirect).toBeTruthy();
    const { state } = await book(a, { ...fields, name: "Second", email: `second-${uid()}@test.dev` });
    expect(state).toMatchObject({ ok: false, message: "This time was just taken. Please pick another.", fieldErrors: { start: "This time was just taken. Please pick another." } });
    expect(await db.booking.count({ where: { serviceId: service.id } })).toBe(1);
    expect(await db.customer.count({ where: { orgId: a.orgId, name: "Second" } })).toBe(0);
  });

  it("refuses bad fields, another org's customer or service, and a non-member", async () => {
    const service = await createBookableService({ orgId: a.orgId });
    const foreign = await createTestCustomer(b.orgId);
    signInAs(a.userId);
    const start = daysAheadAt(4, "10:00").toISOString();
    expect((await book(a, { service: service.id, start: "", name: "", email: "nope" })).state).toMatchObject({ ok: false, fieldErrors: { start: "Pick a time", email: "Enter a valid email address" } });
    expect((await book(a, { service: service.id, start, customerId: foreign.id, name: "X", email: `x-${uid()}@test.dev` })).state).toMatchObject({ ok: false, fieldErrors: { customerId: "Pick a customer from the search" } });
    const otherService = await createBookableService({ orgId: b.orgId });
    expect((await book(a, { service: otherService.id, start, name: "X", email: `x-${uid()}@test.dev` })).state).toMatchObject({ ok: false, message: "This service is not available for booking." });
    expect((await book(b, { service: service.id, start, name: "X", email: `x-${uid()}@test.dev` })).state).toMatchObject({ ok: false });
    expect(await db.booking.count({ where: { serviceId: { in: [service.id, otherService.id] } } })).toBe(0);
  });
});

describe("createBooking with maxBookingsPerDay", () => {
  it("keeps the daily limit when clients book different times of one day at once", async () => {
    const service = await createBookableService({ orgId: a.orgId, maxBookingsPerDay: 2 });
    const times = ["09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00"].map((t) => daysAheadAt(5, t));
    const results = await Promise.allSettled(
      times.map((startsAt, i) => createBooking({ orgId: a.orgId, serviceId: service.id, staffMemberId: null, startsAt, client: { name: `C${i}`, email: `daily-${i}-${uid()}@test.dev`, timeZone: "Europe/Berlin" }, source: "public" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results) if (r.status === "rejected") expect((r.reason as AppError).code).toBe("CONFLICT");
    expect(await db.booking.count({ where: { serviceId: service.id, status: "CONFIRMED" } })).toBe(2);
    // The next day is untouched by the limit.
    await expect(createBooking({ orgId: a.orgId, serviceId: service.id, staffMemberId: null, startsAt: daysAheadAt(6, "10:00"), client: { name: "D", email: `d-${uid()}@test.dev`, timeZone: "UTC" }, source: "public" })).resolves.toMatchObject({
      status: "CONFIRMED",
    });
  });
});
