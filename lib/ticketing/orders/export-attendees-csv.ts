import { totalSpentCell } from "@/lib/customers";
import { toCsvLine } from "@/lib/shared/csv-cells";
import { orgDb } from "@/lib/db/org-db";

// Every ticket of one event as the attendee list for the door or a spreadsheet (UTF-8 with BOM
// so Excel reads accents; formula-looking cells are guarded by toCsvLine).
export const attendeesHeader = ["event", "ticket_type", "attendee_name", "attendee_email", "code", "status", "checked_in_at", "checked_in_by", "order_id", "order_status", "paid", "currency"];

const BATCH = 1000;

export async function exportAttendeesCsv({ orgId, eventId }: { orgId: string; eventId: string }): Promise<string> {
  const parts = ["\uFEFF" + toCsvLine(attendeesHeader)];
  let cursor: string | undefined;
  for (;;) {
    const rows = await orgDb(orgId).ticket.findMany({
      where: { eventId },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        code: true,
        attendeeName: true,
        attendeeEmail: true,
        status: true,
        checkedInAt: true,
        amountPaid: true,
        orderId: true,
        event: { select: { title: true } },
        ticketType: { select: { name: true, currency: true } },
        order: { select: { status: true } },
        checkedInBy: { select: { name: true, email: true } },
      },
    });
    for (const t of rows) {
      const currency = t.ticketType.currency;
      parts.push(
        toCsvLine([
          t.event.title,
          t.ticketType.name,
          t.attendeeName,
          t.attendeeEmail,
          t.code,
          t.status,
          t.checkedInAt?.toISOString(),
          t.checkedInBy ? (t.checkedInBy.name ?? t.checkedInBy.email) : null,
          t.orderId,
          t.order.status,
          totalSpentCell([{ amount: t.amountPaid, currency }], currency),
          currency,
        ]),
      );
    }
    if (rows.length < BATCH) break;
    cursor = rows[rows.length - 1].id;
  }
  return parts.join("");
}
