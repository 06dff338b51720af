import { describe, expect, it } from "vitest";
import { parseTicketIcs } from "@/test/ticket-ics-checks";
import { buildTicketIcs, googleCalendarUrl } from "./build-ticket-ics";

const event = {
  id: "ev1", title: "Darkroom Nights: Analog Portraits", orgName: "Lumen Studio", timeZone: "Europe/Berlin",
  startsAt: new Date("2026-11-19T18:00:00Z"), endsAt: new Date("2026-11-19T22:00:00Z"),
  venue: { name: "Lumen Studio", address: "Torstraße 1", city: "Berlin" },
};

describe("buildTicketIcs", () => {
  it("is a valid calendar: UTC times, the venue as LOCATION, no ORGANIZER without an address, the ticket link", () => {
    const ics = buildTicketIcs(event, "https://tickets.test/t/abc");
    const { vevent } = parseTicketIcs(ics, { startsAt: event.startsAt, endsAt: event.endsAt, location: "Lumen Studio, Torstraße 1, Berlin", summary: event.title });
    expect(vevent.getFirstPropertyValue("organizer")).toBeNull();
    expect(vevent.getFirstPropertyValue("url")).toBe("https://tickets.test/t/abc");
    expect(String(vevent.getFirstPropertyValue("description"))).toContain("Lumen Studio presents");
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("has no LOCATION without a venue, and says CANCELLED for a canceled event", () => {
    const ics = buildTicketIcs({ ...event, venue: null, canceled: true }, "https://tickets.test/t/abc");
    const { vevent } = parseTicketIcs(ics, { startsAt: event.startsAt, endsAt: event.endsAt, location: null, summary: event.title });
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
  });
});

describe("googleCalendarUrl", () => {
  it("carries title, UTC times, venue and the event page (never the ticket code)", () => {
    const url = new URL(googleCalendarUrl(event, "https://tickets.test/e/darkroom"));
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(Object.fromEntries(url.searchParams)).toEqual({ action: "TEMPLATE", text: event.title, dates: "20261119T180000Z/20261119T220000Z", details: "https://tickets.test/e/darkroom", location: "Lumen Studio, Torstraße 1, Berlin" });
  });
});
