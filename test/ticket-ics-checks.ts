import ICAL from "ical.js";
import { expect } from "vitest";

// A generated .ics read back with a real parser (ical.js), with what calendars rely on checked:
// one VEVENT, DTSTART/DTEND in UTC at the given instants, ORGANIZER absent or with a mailto: value,
// LOCATION when there is a venue.
export function parseTicketIcs(ics: string, expected: { startsAt: Date; endsAt: Date; location: string | null; summary: string }) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe("vcalendar");
  const vevents = calendar.getAllSubcomponents("vevent");
  expect(vevents).toHaveLength(1);
  const vevent = vevents[0];
  const event = new ICAL.Event(vevent);
  expect(event.summary).toBe(expected.summary);
  for (const [name, at] of [
    ["dtstart", expected.startsAt],
    ["dtend", expected.endsAt],
  ] as const) {
    const time = vevent.getFirstPropertyValue(name) as ICAL.Time;
    expect(time.zone?.tzid, `${name} is UTC`).toBe("UTC");
    expect(time.toJSDate().toISOString()).toBe(toSecond(at).toISOString()); // .ics times are whole seconds
  }
  expect(ics).toMatch(
    new RegExp(
      `^DTSTART:${toSecond(expected.startsAt)
        .toISOString()
        .replace(/[-:]|\.\d{3}/g, "")}\\r?$`,
      "m",
    ),
  );
  for (const organizer of vevent.getAllProperties("organizer")) expect(String(organizer.getFirstValue())).toMatch(/^mailto:\S+@\S+/);
  const location = vevent.getFirstPropertyValue("location");
  if (expected.location) expect(location).toBe(expected.location);
  else expect(location).toBeNull();
  return { calendar, vevent, event };
}

const toSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);
