import { describe, expect, it } from "vitest";
import { BookingStatus } from "@/lib/db/generated/enums";
import { availableBookingActions, bookingActions, checkBookingTransition, type BookingAction } from "./change-booking-status";

// Every (status, action, before/after start) combination against an independent expectation.
const statuses = Object.values(BookingStatus);
const startsAt = new Date("2026-11-22T10:00:00Z");
const before = new Date("2026-11-22T09:00:00Z");
const after = new Date("2026-11-22T10:00:00Z"); // the start itself counts as started

const expected: Record<BookingAction, { before: Partial<Record<BookingStatus, BookingStatus>>; after: Partial<Record<BookingStatus, BookingStatus>> }> = {
  confirm: { before: { PENDING_CONFIRMATION: "CONFIRMED" }, after: {} },
  decline: { before: { PENDING_CONFIRMATION: "DECLINED" }, after: { PENDING_CONFIRMATION: "DECLINED" } },
  cancel: {
    before: { PENDING_PAYMENT: "CANCELED", PENDING_CONFIRMATION: "CANCELED", CONFIRMED: "CANCELED" },
    after: { PENDING_PAYMENT: "CANCELED", PENDING_CONFIRMATION: "CANCELED", CONFIRMED: "CANCELED" },
  },
  complete: { before: {}, after: { CONFIRMED: "COMPLETED", NO_SHOW: "COMPLETED" } },
  noShow: { before: {}, after: { CONFIRMED: "NO_SHOW", COMPLETED: "NO_SHOW" } },
};

describe("checkBookingTransition", () => {
  for (const action of bookingActions) {
    for (const status of statuses) {
      for (const [when, now] of [
        ["before", before],
        ["after", after],
      ] as const) {
        const to = expected[action][when][status];
        it(`${action} on ${status} ${when} the start: ${to ?? "refused"}`, () => {
          const result = checkBookingTransition({ status, action, startsAt, now });
          if (to) expect(result).toEqual({ ok: true, to });
          else {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
          }
        });
      }
    }
  }

  it("covers every status and action (the table is exhaustive)", () => {
    expect(statuses).toHaveLength(8);
    expect([...bookingActions].sort()).toEqual(["cancel", "complete", "confirm", "decline", "noShow"]);
  });

  it("says why a finished booking cannot change", () => {
    const result = checkBookingTransition({ status: "CANCELED", action: "confirm", startsAt, now: before });
    expect(result).toEqual({ ok: false, reason: "This booking is canceled; it cannot be confirmed." });
    expect(checkBookingTransition({ status: "CONFIRMED", action: "complete", startsAt, now: before })).toEqual({ ok: false, reason: "This can only be done once the appointment has started." });
  });
});

describe("availableBookingActions", () => {
  it("offers confirm/decline/cancel on a pending booking before its start, completion only after", () => {
    expect(availableBookingActions({ status: "PENDING_CONFIRMATION", startsAt, now: before })).toEqual(["confirm", "decline", "cancel"]);
    expect(availableBookingActions({ status: "CONFIRMED", startsAt, now: before })).toEqual(["cancel"]);
    expect(availableBookingActions({ status: "CONFIRMED", startsAt, now: after })).toEqual(["cancel", "complete", "noShow"]);
    expect(availableBookingActions({ status: "EXPIRED", startsAt, now: after })).toEqual([]);
  });
});
