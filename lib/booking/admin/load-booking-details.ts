import { db, type Prisma } from "@/lib/db/client";

// One booking with what emails and the client's pages show. No org filter here: callers hold
// either the org id (dashboard) or a signed link for this booking id. `client`: a transaction.
export async function loadBookingDetails(bookingId: string, client: Prisma.TransactionClient = db) {
  return client.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      orgId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      createdAt: true,
      updatedAt: true,
      clientName: true,
      clientEmail: true,
      clientPhone: true,
      clientNotes: true,
      clientTimeZone: true,
      holdExpiresAt: true,
      canceledAt: true,
      canceledBy: true,
      cancelReason: true,
      staffMemberId: true,
      serviceId: true,
      blockedFrom: true,
      blockedUntil: true,
      service: { select: { id: true, name: true, slug: true, description: true, durationMinutes: true, price: true, currency: true, cancellationCutoffHours: true, bookingWindowDays: true, active: true } },
      staffMember: { select: { id: true, name: true, timeZone: true } },
      org: { select: { name: true, slug: true, timezone: true } },
      order: { select: { id: true, status: true } },
    },
  });
}

export type BookingDetails = NonNullable<Awaited<ReturnType<typeof loadBookingDetails>>>;

/** "Monday, November 23, 2026, 3:00 AM EST" in a zone. */
export function formatBookingTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" }).format(instant);
}

/** Whether a client may still cancel or reschedule online, and until when. */
export function clientChangeDeadline(booking: { startsAt: Date; service: { cancellationCutoffHours: number } }, now = new Date()) {
  const deadline = new Date(booking.startsAt.getTime() - booking.service.cancellationCutoffHours * 3_600_000);
  return { deadline, open: now.getTime() < deadline.getTime() };
}

export const ACTIVE_BOOKING_STATUSES = ["PENDING_PAYMENT", "PENDING_CONFIRMATION", "CONFIRMED"] as const;
export const isActiveBooking = (status: string) => (ACTIVE_BOOKING_STATUSES as readonly string[]).includes(status);
