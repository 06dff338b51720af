// The booking area's browser-safe public entry: what client components may import.
// Server code imports @/lib/booking, which re-exports this too.
export { listManualBookingOptions, type ManualBookingService } from "./admin/list-manual-booking-options";
export { availableBookingActions, type BookingAction, bookingActionLabels, bookingActions } from "./lifecycle/change-booking-status";
export { initialPickerDate, localDate, pickShownDay } from "./slots/initial-picker-date";
export { type BusyInterval, type SlotService, type StaffAvailability, type TimeRange, type Weekday, type WeeklyRule } from "./types";
