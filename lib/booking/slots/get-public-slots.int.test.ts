import { describe, expect, it } from "vitest";
import { bookSlotAction } from "@/app/book/[org]/[service]/actions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createBookableService, createOrg, form } from "@/test/factories";
import { daysAheadAt } from "../../../test/booking-time";
import { getPublicSlots } from "./get-public-slots";

const localDate = (d: Date, timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(d);

describe("public slots and the booking page action", () => {
  it("lists a Berlin staff member's slots in the client's zone, per staff or anyone", async () => {
    const org = await createOrg();
    const service = await createBookableService({ orgId: org.orgId, staff: [{ timeZone: "Europe/Berlin" }, { timeZone: "Europe/Berlin" }], hours: { start: "09:00", end: "11:00" } });
    const day = daysAheadAt(3, "09:00");
    const date = localDate(day, "America/New_York");
    const next = localDate(new Date(day.getTime() + 86_400_000), "America/New_York");
    const query = { from: date, to: next, staff: service.staff[1].id, tz: "America/New_York" };
    const one = await getPublicSlots({ orgSlug: org.slug, serviceSlug: service.slug, query });
    expect(one.days).toHaveLength(1);
    expect(one.days[0].slots.map((s) => [s.start.toISOString(), s.staffIds])).toEqual([
      [daysAheadAt(3, "09:00").toISOString(), [service.staff[1].id]],
      [daysAheadAt(3, "10:00").toISOString(), [service.staff[1].id]],
    ]);
    expect(one.days[0].slots[0].time).toBe(new Intl.DateTimeFormat("en-GB", { timeZone: "America/New_York", hour: "2-digit", minute: "2-digit" }).format(day));
    const anyone = await getPublicSlots({ orgSlug: org.slug, serviceSlug: service.slug, query: { ...query, staff: "any" } });
    expect(anyone.days[0].slots[0].staffIds).toHaveLength(2);
  });

  it("answers bad queries with field errors and unknown or archived services with 404", async () => {
    const org = await createOrg();
    const service = await createBookableService({ orgId: org.orgId });
    const bad = await getPublicSlots({ orgSlug: org.slug, serviceSlug: service.slug, query: { from: "2026-13-01", to: "x", tz: "Nowhere/City" } }).catch((e: AppError) => e);
    expect((bad as AppError).code).toBe("BAD_INPUT");
    expect(Object.keys((bad as AppError).fieldErrors ?? {})).toEqual(expect.arrayContaining(["to", "tz"]));
    await db.service.update({ where: { id: service.id }, data: { active: false } });
    const gone = await getPublicSlots({ orgSlug: org.slug, serviceSlug: service.slug, query: { from: "2026-01-01", to: "2026-01-02", tz: "UTC" } }).catch((e: AppError) => e);
    expect((gone as AppError).code).toBe("NOT_FOUND");
  });

  it("books through the page action; a taken slot comes back as a 'slot' error, not a failure page", async () => {
    const org = await createOrg();
    const service = await createBookableService({ orgId: org.orgId });
    const fields = { org: org.slug, service: service.slug, staff: "any", start: daysAheadAt(2, "12:00").toISOString(), name: "Page Client", email: "page@test.dev", tz: "Europe/Berlin" };
    const ok = await bookSlotAction(null, form(fields));
    expect(ok).toMatchObject({ ok: true, data: { redirectUrl: expect.stringMatching(/^\/book\/booking\/[^?]+\?token=/) } });
    const taken = await bookSlotAction(null, form({ ...fields, email: "second@test.dev" }));
    expect(taken).toEqual({ ok: false, message: "This time was just taken. Please pick another.", fieldErrors: { slot: "This time was just taken. Please pick another." } });
    const invalid = await bookSlotAction(null, form({ ...fields, name: "", email: "nope", start: "tomorrow" }));
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { name: "Name is required", email: "Enter a valid email address", start: "Pick a time from the list" }, values: { name: "", email: "nope" } });
    expect(await db.booking.count({ where: { orgId: org.orgId } })).toBe(1);
  });
});
