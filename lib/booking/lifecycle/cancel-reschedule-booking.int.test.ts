import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createBookableService, createOrg, uid } from "@/test/factories";
import { daysAheadAt } from "../../../test/booking-time";
import { cancelBooking } from "./cancel-booking";
import { createBooking } from "./create-booking";
import { rescheduleBooking } from "./reschedule-booking";

async function setup() {
  const { orgId } = await createOrg();
  const service = await createBookableService({ orgId, cancellationCutoffHours: 24 });
  const staffMemberId = service.staff[0].id;
  const book = (startsAt: Date) => createBooking({ orgId, serviceId: service.id, staffMemberId, startsAt, source: "public", client: { name: "Bo", email: `bo-${uid()}@test.dev`, timeZone: "Europe/Berlin" } }).then((r) => r.bookingId);
  return { orgId, service, staffMemberId, book };
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as AppError,
  );

describe("cancelBooking", () => {
  it("lets the client cancel before the cutoff, is idempotent, emails once and frees the slot for a new booking", async () => {
    const { orgId, book } = await setup();
    const start = daysAheadAt(3, "10:00");
    const id = await book(start);
    await cancelBooking({ orgId, bookingId: id, by: "client", reason: "Feeling ill" });
    await cancelBooking({ orgId, bookingId: id, by: "client" });
    const row = await db.booking.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "CANCELED", canceledBy: "client", cancelReason: "Feeling ill" });
    expect(row.canceledAt).toBeInstanceOf(Date);
    expect(await db.emailOutbox.count({ where: { orgId, subject: { startsWith: "Booking canceled" } } })).toBe(1);
    const again = await book(start);
    expect((await db.booking.findUniqueOrThrow({ where: { id: again } })).status).toBe("CONFIRMED");
  });

  it("refuses a client after the cutoff with a clear message; staff may still cancel", async () => {
    const { orgId, book } = await setup();
    const start = daysAheadAt(2, "10:00");
    const id = await book(start);
    const late = new Date(start.getTime() - 3 * 3_600_000);
    const err = await refusal(cancelBooking({ orgId, bookingId: id, by: "client", now: late }));
    expect(err?.code).toBe("CONFLICT");
    expect(err?.message).toMatch(/closes 24 hours before/);
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).status).toBe("CONFIRMED");
    await cancelBooking({ orgId, bookingId: id, by: "staff", now: late });
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).canceledBy).toBe("staff");
  });

  it("answers 404 for another org's booking and changes nothing", async () => {
    const { book } = await setup();
    const id = await book(daysAheadAt(3, "12:00"));
    const other = await createOrg();
    expect((await refusal(cancelBooking({ orgId: other.orgId, bookingId: id, by: "staff" })))?.code).toBe("NOT_FOUND");
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).status).toBe("CONFIRMED");
  });
});

describe("rescheduleBooking", () => {
  it("moves a booking (times and buffers) and emails the new time", async () => {
    const { orgId, book } = await setup();
    const id = await book(daysAheadAt(3, "10:00"));
    const to = daysAheadAt(4, "15:00");
    await rescheduleBooking({ orgId, bookingId: id, startsAt: to, by: "client" });
    const row = await db.booking.findUniqueOrThrow({ where: { id } });
    expect([row.startsAt, row.endsAt, row.blockedFrom, row.blockedUntil].map((d) => d.getTime())).toEqual([to.getTime(), to.getTime() + 3_600_000, to.getTime(), to.getTime() + 3_600_000]);
    const email = await db.emailOutbox.findFirstOrThrow({ where: { orgId, subject: { startsWith: "Booking moved" } } });
    expect(email.text).toContain(new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", month: "long", day: "numeric" }).format(to));
  });

  it("may move into its own old time range (overlapping itself), which no other booking could", async () => {
    const { orgId, book } = await setup();
    const id = await book(daysAheadAt(3, "10:00"));
    await rescheduleBooking({ orgId, bookingId: id, startsAt: daysAheadAt(3, "11:00"), by: "client" });
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).startsAt.getTime()).toBe(daysAheadAt(3, "11:00").getTime());
  });

  it("refuses a taken slot and leaves the booking unchanged; refuses after the cutoff for clients", async () => {
    const { orgId, book } = await setup();
    const start = daysAheadAt(3, "10:00");
    const id = await book(start);
    await book(daysAheadAt(3, "13:00"));
    const err = await refusal(rescheduleBooking({ orgId, bookingId: id, startsAt: daysAheadAt(3, "13:00"), by: "client" }));
    expect([err?.code, err?.message]).toEqual(["CONFLICT", "This time was just taken. Please pick another."]);
    const late = await refusal(rescheduleBooking({ orgId, bookingId: id, startsAt: daysAheadAt(3, "15:00"), by: "client", now: new Date(start.getTime() - 3_600_000) }));
    expect(late?.message).toMatch(/close 24 hours before/);
    const row = await db.booking.findUniqueOrThrow({ where: { id } });
    expect(row.startsAt.getTime()).toBe(start.getTime());
    expect(row.status).toBe("CONFIRMED");
  });
});
