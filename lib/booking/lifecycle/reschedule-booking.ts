import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { bookingAuditRow } from "./booking-audit";
import { findStaffForSlot, SLOT_TAKEN_MESSAGE } from "../slots/find-staff-for-slot";
import { clientChangeDeadline } from "../admin/load-booking-details";
import { isBookingOverlapError } from "./is-booking-overlap-error";
import { getBlockedInterval } from "../slots/normalize-slot-service";
import { sendBookingEmail } from "../notify/send-booking-confirmation";

// Moves an active booking to another available slot of the same staff member, in one UPDATE
// guarded by the exclusion constraint (a taken slot leaves the booking as it was), then emails
// the new time. Clients may move it only before the cancellation cutoff; staff always. The move
// (from, to, who) goes into the booking's history in the same transaction.
export async function rescheduleBooking(input: { orgId: string; bookingId: string; startsAt: Date; by: "client" | "staff"; actorUserId?: string | null; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  if (!(input.startsAt instanceof Date) || Number.isNaN(input.startsAt.getTime())) throw new AppError("BAD_INPUT", "Pick a time from the list.", { start: "Pick a time" });
  const booking = await orgDb(input.orgId).booking.findFirst({
    where: { id: input.bookingId },
    select: {
      id: true,
      status: true,
      serviceId: true,
      staffMemberId: true,
      startsAt: true,
      blockedFrom: true,
      blockedUntil: true,
      service: { select: { cancellationCutoffHours: true, durationMinutes: true, bufferBeforeMinutes: true, bufferAfterMinutes: true } },
    },
  });
  if (!booking) throw new AppError("NOT_FOUND", "Booking not found.");
  if (booking.status !== "CONFIRMED" && booking.status !== "PENDING_CONFIRMATION") throw new AppError("CONFLICT", "Only an upcoming booking can be moved.");
  if (input.by === "client" && !clientChangeDeadline(booking, now).open) {
    throw new AppError("CONFLICT", `Online changes close ${booking.service.cancellationCutoffHours} hours before the appointment. Please contact the business.`);
  }
  if (booking.startsAt.getTime() === input.startsAt.getTime()) return;
  await findStaffForSlot({ orgId: input.orgId, serviceId: booking.serviceId, staffMemberId: booking.staffMemberId, start: input.startsAt, now, exclude: booking });

  const blocked = getBlockedInterval({ service: booking.service, start: input.startsAt });
  try {
    const moved = await orgDb(input.orgId).$transaction(async (tx) => {
      const result = await tx.booking.updateMany({
        // Only if nobody changed it meanwhile (canceled, moved by staff).
        where: { id: booking.id, status: booking.status, startsAt: booking.startsAt },
        data: { startsAt: input.startsAt, endsAt: new Date(input.startsAt.getTime() + booking.service.durationMinutes * 60_000), blockedFrom: blocked.start, blockedUntil: blocked.end },
      });
      if (result.count === 1) {
        await tx.auditLog.create({
          data: bookingAuditRow({ orgId: input.orgId, actorUserId: input.actorUserId, by: input.by, action: "booking.rescheduled", bookingId: booking.id, data: { from: booking.startsAt.toISOString(), to: input.startsAt.toISOString() } }),
        });
      }
      return result.count;
    });
    if (moved === 0) throw new AppError("CONFLICT", "This booking changed meanwhile. Please reload the page.");
  } catch (err) {
    if (isBookingOverlapError(err)) throw new AppError("CONFLICT", SLOT_TAKEN_MESSAGE);
    throw err;
  }
  try {
    await sendBookingEmail("rescheduled", booking.id);
  } catch (err) {
    console.error("[booking] reschedule email failed", booking.id, err);
  }
}
