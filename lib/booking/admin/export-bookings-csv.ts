import { orgDb } from "@/lib/db/org-db";
import { toCsvLine } from "@/lib/shared/csv-cells";
import { bookingWhere, type BookingFilters } from "./booking-filters";

// The bookings matching the list filters as CSV (UTF-8 with BOM so Excel reads accents), in
// the list's order. Times as ISO instants plus the org-local wall clock for people.
export const bookingExportHeader = ["starts_at", "ends_at", "local_start", "time_zone", "status", "service", "staff", "client_name", "client_email", "client_phone", "source", "booking_id"];

const BATCH = 1000;

export async function exportBookingsCsv({ orgId, timeZone, filters }: { orgId: string; timeZone: string; filters: BookingFilters }): Promise<string> {
  const where = bookingWhere(orgId, filters, timeZone);
  const dir = filters.sort ?? "asc";
  const local = new Intl.DateTimeFormat("sv-SE", { dateStyle: "short", timeStyle: "short", timeZone });
  const parts = ["\uFEFF" + toCsvLine(bookingExportHeader)];
  for (let skip = 0; ; skip += BATCH) {
    const rows = await orgDb(orgId).booking.findMany({
      where,
      orderBy: [{ startsAt: dir }, { id: dir }],
      skip,
      take: BATCH,
      select: { id: true, startsAt: true, endsAt: true, status: true, clientName: true, clientEmail: true, clientPhone: true, source: true, service: { select: { name: true } }, staffMember: { select: { name: true } } },
    });
    for (const r of rows) {
      parts.push(toCsvLine([r.startsAt.toISOString(), r.endsAt.toISOString(), local.format(r.startsAt), timeZone, r.status, r.service.name, r.staffMember.name, r.clientName, r.clientEmail, r.clientPhone, r.source, r.id]));
    }
    if (rows.length < BATCH) break;
  }
  return parts.join("");
}
