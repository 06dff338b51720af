import { describe, expect, it } from "vitest";
import { buildBookingCalendar, stepDate, viewDates } from "./build-booking-calendar";

const monday9to5 = { rules: [{ weekday: 1 as const, ranges: [{ start: "09:00", end: "17:00" }] }] };
const at = (iso: string) => new Date(iso);

describe("buildBookingCalendar", () => {
  it("lays out work and bookings (buffers included) in minutes after the org-local midnight", () => {
    const layout = buildBookingCalendar({
      timeZone: "Europe/Berlin",
      dates: ["2026-11-30"],
      staff: [{ id: "s1", name: "Ana", timeZone: "Europe/Berlin", ...monday9to5 }],
      bookings: [
        {
          id: "b1",
          staffMemberId: "s1",
          status: "CONFIRMED",
          startsAt: at("2026-11-30T09:00:00Z"),
          endsAt: at("2026-11-30T10:00:00Z"),
          blockedFrom: at("2026-11-30T09:00:00Z"),
          blockedUntil: at("2026-11-30T10:15:00Z"),
          clientName: "C",
          serviceName: "Cut",
        },
      ],
    });
    const lane = layout.lanesByDate[0][0];
    expect(lane.work).toEqual([{ top: 540, bottom: 1020 }]);
    expect(lane.blocks[0]).toMatchObject({ id: "b1", top: 600, bottom: 660, bufferTop: 600, bufferBottom: 675 });
    expect([layout.firstHour, layout.lastHour]).toEqual([9, 17]);
  });

  it("shows a staff member abroad at the org-local time, across midnight into the next date", () => {
    const layout = buildBookingCalendar({
      timeZone: "Europe/Berlin",
      dates: ["2026-11-30", "2026-12-01"],
      staff: [{ id: "s1", name: "Ny", timeZone: "America/New_York", rules: [{ weekday: 1, ranges: [{ start: "14:00", end: "20:00" }] }] }],
      bookings: [],
    });
    // 14:00-20:00 New York = 20:00-02:00 Berlin.
    expect(layout.lanesByDate[0][0].work).toEqual([{ top: 1200, bottom: 1440 }]);
    expect(layout.lanesByDate[1][0].work).toEqual([{ top: 0, bottom: 120 }]);
    expect([layout.firstHour, layout.lastHour]).toEqual([0, 24]);
  });

  it("draws 08-18 for an empty view", () => {
    const layout = buildBookingCalendar({ timeZone: "UTC", dates: ["2026-12-05"], staff: [{ id: "s", name: "S", timeZone: "UTC", rules: [] }], bookings: [] });
    expect([layout.firstHour, layout.lastHour]).toEqual([8, 18]);
  });

  it("steps by a day or a week; a week runs Monday to Sunday", () => {
    expect(viewDates("week", "2026-12-03")).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
    expect(viewDates("day", "2026-12-03")).toEqual(["2026-12-03"]);
    expect(stepDate("week", "2026-12-03", -1)).toBe("2026-11-26");
    expect(stepDate("day", "2026-12-31", 1)).toBe("2027-01-01");
  });
});
