// The booking area's browser-safe public entry: what client components may import.
// Server code imports @/lib/booking, which re-exports this too.
export type { ManualBookingService } from "./admin/list-manual-booking-options";
export type { BookingAction } from "./lifecycle/change-booking-status";
export { initialPickerDate, localDate, pickShownDay } from "./slots/initial-picker-date";
export type { TimeRange, Weekday } from "./types";
