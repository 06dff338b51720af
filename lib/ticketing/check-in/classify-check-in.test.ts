import { describe, expect, it } from "vitest";
import { classifyMiss, type TicketAtDoor } from "./classify-check-in";

const ticket = (overrides: Partial<TicketAtDoor> = {}): TicketAtDoor => ({
  code: "c0de",
  eventId: "ev1",
  eventTitle: "Show",
  attendeeName: "Ana",
  ticketTypeName: "General",
  status: "VALID",
  checkedInAt: null,
  checkedInByName: null,
  ...overrides,
});

describe("classifyMiss", () => {
  it("tells unknown, wrong event, void and already checked in apart; a valid ticket is retried", () => {
    expect(classifyMiss(null, "ev1")).toBe("UNKNOWN_CODE");
    expect(classifyMiss(ticket({ eventId: "ev2" }), "ev1")).toBe("WRONG_EVENT");
    expect(classifyMiss(ticket({ eventId: "ev2", status: "VOID" }), "ev1")).toBe("WRONG_EVENT");
    expect(classifyMiss(ticket({ status: "VOID" }), "ev1")).toBe("VOID");
    expect(classifyMiss(ticket({ status: "CHECKED_IN", checkedInAt: new Date() }), "ev1")).toBe("ALREADY_CHECKED_IN");
    expect(classifyMiss(ticket(), "ev1")).toBe("RETRY");
  });
});
