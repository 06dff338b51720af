import { describe, expect, it } from "vitest";
import { availableTransitions, publishBlockers } from "./event-workflow";

describe("event workflow", () => {
  it("offers the steps each status allows; canceled is final", () => {
    expect(availableTransitions("DRAFT")).toEqual(["submit", "publish", "cancel"]);
    expect(availableTransitions("IN_REVIEW")).toEqual(["publish", "revise", "cancel"]);
    expect(availableTransitions("PUBLISHED")).toEqual(["revise", "cancel"]);
    expect(availableTransitions("CANCELED")).toEqual([]);
  });

  it("names every reason an event cannot be published", () => {
    const now = new Date("2026-07-01T12:00:00Z");
    expect(publishBlockers({ ticketTypeCount: 1, startsAt: new Date("2026-07-02T00:00:00Z"), now })).toEqual([]);
    expect(publishBlockers({ ticketTypeCount: 0, startsAt: now, now })).toEqual(["Add at least one ticket type first.", "The event has already started; move its start into the future."]);
  });
});
