import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildBookingIcs } from "./build-booking-ics";
import type { BookingDetails } from "../admin/load-booking-details";

// Every .ics we hand out goes through a real iCalendar parser, then its fields are checked.
const created = new Date("2026-12-01T10:00:00Z");
const booking = (over: Partial<BookingDetails> = {}): BookingDetails => ({
  id: "bk1", orgId: "o1", status: "CONFIRMED", startsAt: new Date("2026-12-22T09:00:00Z"), endsAt: new Date("2026-12-22T09:45:00Z"), createdAt: created, updatedAt: created,
  clientName: "Nora York", clientEmail: "nora@example.com", clientPhone: null, clientNotes: null, clientTimeZone: "America/New_York",
  holdExpiresAt: null, canceledAt: null, canceledBy: null, cancelReason: null, staffMemberId: "s1", serviceId: "sv1", blockedFrom: new Date("2026-12-22T09:00:00Z"), blockedUntil: new Date("2026-12-22T09:45:00Z"),
  service: { id: "sv1", name: "Haircut", slug: "haircut", description: null, durationMinutes: 45, price: 0, currency: "EUR", cancellationCutoffHours: 24, bookingWindowDays: 60, active: true },
  staffMember: { id: "s1", name: "Inês Almeida", timeZone: "Europe/Lisbon" },
  org: { name: "Lumen Studio", slug: "lumen", timezone: "Europe/Lisbon" },
  order: null,
  ...over,
});

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent("vevent")!;
  const prop = (name: string) => event.getFirstProperty(name);
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: event.getFirstPropertyValue("sequence"),
    start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString(),
    end: (event.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString(),
    status: event.getFirstPropertyValue("status"),
    location: event.getFirstPropertyValue("location"),
    summary: event.getFirstPropertyValue("summary"),
    organizer: { value: prop("organizer")?.getFirstValue(), cn: prop("organizer")?.getParameter("cn") },
    attendees: event.getAllProperties("attendee").map((a) => ({ value: a.getFirstValue(), cn: a.getParameter("cn") })),
    dtstamp: event.getFirstPropertyValue("dtstamp"),
  };
}

const manageUrl = "https://frontdesk.test/book/manage/tok";

describe("buildBookingIcs", () => {
  it("emails a valid invite: organizer with a mailto address, the client as attendee, the business as location", () => {
    const ics = buildBookingIcs({ booking: booking(), manageUrl, delivery: "email" });
    expect(ics).not.toMatch(/^ORGANIZER;CN="[^"]*"\r?$/m); // the old value-less ORGANIZER
    expect(parse(ics)).toMatchObject({
      method: "REQUEST", uid: "booking-bk1@frontdesk", sequence: 0, start: "2026-12-22T09:00:00.000Z", end: "2026-12-22T09:45:00.000Z", status: "CONFIRMED",
      location: "Lumen Studio", summary: "Haircut with Inês Almeida",
      organizer: { value: expect.stringMatching(/^mailto:[^@\s]+@[^@\s]+$/i), cn: "Lumen Studio" },
      attendees: [{ value: expect.stringMatching(/^mailto:nora@example\.com$/i), cn: "Nora York" }],
    });
    expect(parse(ics).dtstamp).toBeTruthy();
  });

  it("a move updates and a cancel cancels the same entry: one UID, a growing SEQUENCE, METHOD:CANCEL", () => {
    const first = parse(buildBookingIcs({ booking: booking(), manageUrl, delivery: "email" }));
    const moved = parse(buildBookingIcs({ booking: booking({ startsAt: new Date("2026-12-23T14:00:00Z"), endsAt: new Date("2026-12-23T14:45:00Z"), updatedAt: new Date("2026-12-02T08:00:00Z") }), manageUrl, delivery: "email" }));
    const canceled = parse(buildBookingIcs({ booking: booking({ status: "CANCELED", startsAt: new Date("2026-12-23T14:00:00Z"), endsAt: new Date("2026-12-23T14:45:00Z"), updatedAt: new Date("2026-12-03T08:00:00Z") }), manageUrl, delivery: "email" }));
    expect(new Set([first.uid, moved.uid, canceled.uid]).size).toBe(1);
    expect(Number(moved.sequence)).toBeGreaterThan(Number(first.sequence));
    expect(Number(canceled.sequence)).toBeGreaterThan(Number(moved.sequence));
    expect([moved.method, moved.start]).toEqual(["REQUEST", "2026-12-23T14:00:00.000Z"]);
    expect([canceled.method, canceled.status]).toEqual(["CANCEL", "CANCELLED"]);
    expect(canceled.organizer.value).toBe(first.organizer.value); // a cancel must come from the same organizer
  });

  it("the same booking downloaded twice is the same revision; a download is a plain PUBLISH with no attendee", () => {
    const a = parse(buildBookingIcs({ booking: booking({ status: "PENDING_CONFIRMATION" }), manageUrl, delivery: "download" }));
    const b = parse(buildBookingIcs({ booking: booking({ status: "PENDING_CONFIRMATION" }), manageUrl, delivery: "download" }));
    expect(a).toMatchObject({ method: "PUBLISH", status: "TENTATIVE", attendees: [], organizer: { cn: "Lumen Studio" } });
    expect(a.sequence).toBe(b.sequence);
  });
});
