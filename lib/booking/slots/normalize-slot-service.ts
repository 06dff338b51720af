import { AppError } from "@/lib/errors";
import type { SlotService } from "../types";

/** A service with defaults filled in, every value checked. */
export interface NormalizedSlotService {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  bookingWindowDays: number | null;
  maxBookingsPerDay: number | null;
  slotIntervalMinutes: number;
}

function wholeNumber(name: string, value: number | null | undefined, fallback: number | null, min: number): number | null {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new AppError("BAD_INPUT", `${name} must be a whole number of at least ${min}.`, { [name]: "Invalid value" });
  }
  return value;
}

export function normalizeSlotService(service: SlotService): NormalizedSlotService {
  const durationMinutes = wholeNumber("durationMinutes", service.durationMinutes, null, 1);
  if (durationMinutes === null) throw new AppError("BAD_INPUT", "durationMinutes is required.", { durationMinutes: "Required" });
  return {
    durationMinutes,
    bufferBeforeMinutes: wholeNumber("bufferBeforeMinutes", service.bufferBeforeMinutes, 0, 0)!,
    bufferAfterMinutes: wholeNumber("bufferAfterMinutes", service.bufferAfterMinutes, 0, 0)!,
    minimumNoticeMinutes: wholeNumber("minimumNoticeMinutes", service.minimumNoticeMinutes, 0, 0)!,
    bookingWindowDays: wholeNumber("bookingWindowDays", service.bookingWindowDays, null, 0),
    maxBookingsPerDay: wholeNumber("maxBookingsPerDay", service.maxBookingsPerDay, null, 0),
    slotIntervalMinutes: wholeNumber("slotIntervalMinutes", service.slotIntervalMinutes, durationMinutes, 1)!,
  };
}

/**
 * The UTC interval a booking at `start` occupies, buffers included: what the Booking row's
 * time range (and its exclusion constraint) should hold, and what busy intervals contain.
 */
export function getBlockedInterval(options: { service: SlotService; start: Date }): { start: Date; end: Date } {
  const service = normalizeSlotService(options.service);
  const start = options.start.getTime();
  return {
    start: new Date(start - service.bufferBeforeMinutes * 60_000),
    end: new Date(start + (service.durationMinutes + service.bufferAfterMinutes) * 60_000),
  };
}
