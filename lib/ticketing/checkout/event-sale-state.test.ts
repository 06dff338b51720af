import { describe, expect, it } from "vitest";
import { eventSaleState } from "./event-sale-state";

const event = { status: "PUBLISHED", startsAt: new Date("2026-11-19T19:00:00Z"), endsAt: new Date("2026-11-19T23:00:00Z") };

describe("eventSaleState", () => {
  it("sells until the end (also once started), then says it is over; a canceled event never sells", () => {
    expect(eventSaleState(event, new Date("2026-11-19T18:59:59Z"))).toBe("UPCOMING");
    expect(eventSaleState(event, new Date("2026-11-19T19:00:00Z"))).toBe("STARTED");
    expect(eventSaleState(event, new Date("2026-11-19T22:59:59Z"))).toBe("STARTED");
    expect(eventSaleState(event, new Date("2026-11-19T23:00:00Z"))).toBe("ENDED");
    expect(eventSaleState({ ...event, status: "CANCELED" }, new Date("2026-11-01T00:00:00Z"))).toBe("CANCELED");
  });
});
