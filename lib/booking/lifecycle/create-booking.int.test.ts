import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createBookableService, createOrg, uid } from "@/test/factories";
import { daysAheadAt } from "../../../test/booking-time";
import { createBooking, type CreateBookingInput } from "./create-booking";

const client = (email = `client-${uid()}@test.dev`) => ({ name: "Ada Client", email, phone: "+1 555 0100", notes: "Window seat", timeZone: "America/New_York" });

function booking(orgId: string, serviceId: string, startsAt: Date, extra: Partial<CreateBookingInput> = {}): CreateBookingInput {
  return { orgId, serviceId, staffMemberId: null, startsAt, client: client(), source: "public", ...extra };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("createBooking", () => {
  it("books a free service: CONFIRMED, buffered block, customer created, confirmation email with .ics and manage link", async () => {
    const { orgId } = await createOrg();
    const service = await createBookableService({ orgId, bufferBeforeMinutes: 10, bufferAfterMinutes: 15 });
    const start = daysAheadAt(2, "10:10"); // slots start 09:00 + the 10 min buffer, hourly
    const result = await createBooking(booking(orgId, service.id, start, { staffMemberId: service.staff[0].id, client: client("Ada@Test.dev") }));
    expect(result.checkoutUrl).toBeUndefined();
    const row = await db.booking.findUniqueOrThrow({ where: { id: result.bookingId }, include: { customer: true } });
    expect(row.status).toBe("CONFIRMED");
    expect(row.staffMemberId).toBe(service.staff[0].id);
    expect(row.endsAt.getTime() - row.startsAt.getTime()).toBe(60 * 60_000);
    expect(row.blockedFrom.getTime()).toBe(start.getTime() - 10 * 60_000);
    expect(row.blockedUntil.getTime()).toBe(start.getTime() + 75 * 60_000);
    expect(row.customer).toMatchObject({ email: "ada@test.dev", name: "Ada Client", phone: "+1 555 0100", source: "BOOKING" });
    const email = await db.emailOutbox.findFirstOrThrow({ where: { orgId, to: "ada@test.dev" } });
    expect(email.subject).toContain("Booking confirmed");
    expect(email.html).toMatch(/\/book\/manage\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}/);
    expect(email.text).toContain("America/New_York");
    const [ics] = email.attachments as { filename: string; content: string }[];
    expect(Buffer.from(ics.content, "base64").toString()).toContain("BEGIN:VEVENT");
  });

  it("puts a confirmation-required service in PENDING_CONFIRMATION", async () => {
    const { orgId } = await createOrg();
    const service = await createBookableService({ orgId, requiresConfirmation: true });
    const { bookingId, status } = await createBooking(booking(orgId, service.id, daysAheadAt(3, "09:00")));
    expect(status).toBe("PENDING_CONFIRMATION");
    expect((await db.booking.findUniqueOrThrow({ where: { id: bookingId } })).status).toBe("PENDING_CONFIRMATION");
  });

  it("refuses a paid service clearly without Stripe and inserts nothing", async () => {
    const { orgId } = await createOrg();
    const service = await createBookableService({ orgId, price: 4500, requiresPayment: true });
    const err = await refusal(createBooking(booking(orgId, service.id, daysAheadAt(2, "11:00"))));
    expect(err.code).toBe("NOT_CONFIGURED");
    expect(err.message).toMatch(/payments are not set up/i);
    expect(await db.booking.count({ where: { orgId } })).toBe(0);
    expect(await db.order.count({ where: { orgId } })).toBe(0);
    expect(await db.customer.count({ where: { orgId } })).toBe(0);
  });

  it("finds the existing customer by email and fills only what is missing", async () => {
    const { orgId } = await createOrg();
    const service = await createBookableService({ orgId });
    const existing = await db.customer.create({ data: { orgId, name: "Known Name", email: "known@test.dev", source: "MANUAL" } });
    await createBooking(booking(orgId, service.id, daysAheadAt(2, "09:00"), { client: { ...client("KNOWN@test.dev"), name: "Other Name" } }));
    const customers = await db.customer.findMany({ where: { orgId } });
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatchObject({ id: existing.id, name: "Known Name", phone: "+1 555 0100", source: "MANUAL" });
  });

  it("blocks neighbours with the buffers, and 'anyone' gets the free staff member", async () => {
    const { orgId } = await createOrg();
    const service = await createBookableService({ orgId, staff: [{ timeZone: "Europe/Berlin" }, { timeZone: "Europe/Berlin" }], bufferAfterMinutes: 30 });
    const [a, b] = service.staff;
    await createBooking(booking(orgId, service.id, daysAheadAt(2, "10:00"), { staffMemberId: a.id }));
    // 11:00 with A would overlap A's clean-up until 11:30.
    const err = await refusal(createBooking(booking(orgId, service.id, daysAheadAt(2, "11:00"), { staffMemberId: a.id })));
    expect(err.code).toBe("CONFLICT");
    const anyone = await createBooking(booking(orgId, service.id, daysAheadAt(2, "10:00")));
    expect((await db.booking.findUniqueOrThrow({ where: { id: anyone.bookingId } })).staffMemberId).toBe(b.id);
    const third = await refusal(createBooking(booking(orgId, service.id, daysAheadAt(2, "10:00"))));
    expect(third.message).toBe("This time was just taken. Please pick another.");
  });

  it("refuses times outside hours, in the past, beyond the window, and bad input, changing nothing", async () => {
    const { orgId } = await createOrg();
    const service = await createBookableService({ orgId, bookingWindowDays: 30 });
    const outside = await refusal(createBooking(booking(orgId, service.id, daysAheadAt(2, "20:00"))));
    expect([outside.code, outside.message]).toEqual(["BAD_INPUT", "This time is not available. Please pick another."]);
    const past = await refusal(createBooking(booking(orgId, service.id, daysAheadAt(-1, "10:00"))));
    expect(past.message).toMatch(/already passed/);
    const far = await refusal(createBooking(booking(orgId, service.id, daysAheadAt(45, "10:00"))));
    expect(far.message).toMatch(/at most 30 days ahead/);
    const bad = await refusal(createBooking(booking(orgId, service.id, daysAheadAt(2, "10:00"), { client: { ...client(), email: "not-an-email", timeZone: "Mars/Base" } })));
    expect(bad.code).toBe("BAD_INPUT");
    expect(bad.fieldErrors).toMatchObject({ "client.email": "Enter a valid email address", "client.timeZone": "Choose a valid time zone" });
    const otherOrg = await createOrg();
    expect((await refusal(createBooking(booking(otherOrg.orgId, service.id, daysAheadAt(2, "10:00"))))).code).toBe("NOT_FOUND");
    expect(await db.booking.count({ where: { serviceId: service.id } })).toBe(0);
  });

  it("lets exactly one of 20 concurrent attempts at one slot win; the rest get CONFLICT", async () => {
    const { orgId } = await createOrg();
    const service = await createBookableService({ orgId });
    const start = daysAheadAt(4, "14:00");
    const email = `race-${uid()}@test.dev`; // one new customer created by all at once, too
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => createBooking(booking(orgId, service.id, start, { client: client(email) }))));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((r) => [(r.reason as AppError).code, (r.reason as AppError).message])).toEqual(Array(19).fill(["CONFLICT", "This time was just taken. Please pick another."]));
    expect(await db.booking.count({ where: { serviceId: service.id, status: { not: "CANCELED" } } })).toBe(1);
    expect(await db.customer.count({ where: { orgId } })).toBe(1);
  });

  it("leaves no customer behind for the attempts that lost the race", async () => {
    const { orgId } = await createOrg();
    const service = await createBookableService({ orgId });
    const start = daysAheadAt(5, "15:00");
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => createBooking(booking(orgId, service.id, start, { client: client(`racer-${i}-${uid()}@test.dev`) }))));
    const won = results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ bookingId: string }>;
    const winner = await db.booking.findUniqueOrThrow({ where: { id: won.value.bookingId } });
    expect(await db.customer.findMany({ where: { orgId }, select: { id: true } })).toEqual([{ id: winner.customerId }]);
  });
});
