import { describe, expect, it } from "vitest";
import { isBookingOverlapError } from "./is-booking-overlap-error";

const adapterError = (originalCode: string, originalMessage: string) => ({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode, originalMessage, kind: "postgres" } } } });

describe("isBookingOverlapError", () => {
  it("recognises the exclusion violation on Booking_no_overlap only", () => {
    expect(isBookingOverlapError(adapterError("23P01", 'conflicting key value violates exclusion constraint "Booking_no_overlap"'))).toBe(true);
    expect(isBookingOverlapError(adapterError("23P01", 'conflicting key value violates exclusion constraint "Other_no_overlap"'))).toBe(false);
    expect(isBookingOverlapError(adapterError("23505", "duplicate key value violates unique constraint"))).toBe(false);
    expect(isBookingOverlapError(new Error("Booking_no_overlap"))).toBe(false);
    expect(isBookingOverlapError(null)).toBe(false);
  });
});
