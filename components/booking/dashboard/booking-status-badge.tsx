import { Badge } from "@/components/ui/card";
import { bookingStatusLabels } from "@/lib/booking";
import type { BookingStatus } from "@/lib/db/generated/enums";

const tones: Record<BookingStatus, "gray" | "green" | "red" | "amber" | "brand"> = {
  PENDING_PAYMENT: "amber",
  PENDING_CONFIRMATION: "amber",
  CONFIRMED: "green",
  COMPLETED: "brand",
  NO_SHOW: "red",
  CANCELED: "gray",
  DECLINED: "gray",
  EXPIRED: "gray",
};

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  return <Badge tone={tones[status]}>{bookingStatusLabels[status]}</Badge>;
}

/** The calendar block colours per status (border + background), matching the badge tones. */
export const bookingBlockClasses: Record<BookingStatus, string> = {
  PENDING_PAYMENT: "border-amber-400 bg-amber-50 text-amber-900",
  PENDING_CONFIRMATION: "border-amber-500 bg-amber-100 text-amber-900",
  CONFIRMED: "border-green-500 bg-green-50 text-green-900",
  COMPLETED: "border-brand-500 bg-brand-50 text-brand-900",
  NO_SHOW: "border-red-400 bg-red-50 text-red-800",
  CANCELED: "border-gray-300 bg-gray-50 text-gray-500 line-through",
  DECLINED: "border-gray-300 bg-gray-50 text-gray-500 line-through",
  EXPIRED: "border-gray-300 bg-gray-50 text-gray-500 line-through",
};
