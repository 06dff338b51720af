import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { getBlockedInterval, normalizeSlotService } from "./normalize-slot-service";

describe("normalizeSlotService", () => {
  it("fills defaults: no buffers, no notice, no window, no limit, step = duration", () => {
    expect(normalizeSlotService({ durationMinutes: 45 })).toEqual({
      durationMinutes: 45,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeMinutes: 0,
      bookingWindowDays: null,
      maxBookingsPerDay: null,
      slotIntervalMinutes: 45,
    });
  });

  it.each([{ durationMinutes: 0 }, { durationMinutes: 30.5 }, { durationMinutes: 30, bufferAfterMinutes: -5 }, { durationMinutes: 30, slotIntervalMinutes: 0 }, { durationMinutes: 30, bookingWindowDays: -1 }])("refuses %j", (service) => {
    expect(() => normalizeSlotService(service)).toThrow(AppError);
  });

  it("gives the interval a booking blocks, buffers included", () => {
    const blocked = getBlockedInterval({
      service: { durationMinutes: 60, bufferBeforeMinutes: 10, bufferAfterMinutes: 15 },
      start: new Date("2026-06-01T09:00:00Z"),
    });
    expect(blocked).toEqual({ start: new Date("2026-06-01T08:50:00Z"), end: new Date("2026-06-01T10:15:00Z") });
  });
});
