// Postgres refused a booking row because its staff member's blocked time overlaps an active
// booking: exclusion_violation (23P01) on "Booking_no_overlap". Prisma with the pg driver
// adapter reports it in meta.driverAdapterError.cause (for model and raw queries alike).
export function isBookingOverlapError(err: unknown): boolean {
  const cause = (err as { meta?: { driverAdapterError?: { cause?: { originalCode?: string; code?: string; originalMessage?: string } } } })?.meta?.driverAdapterError?.cause;
  return (cause?.originalCode ?? cause?.code) === "23P01" && (cause?.originalMessage ?? "").includes("Booking_no_overlap");
}
