import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { guardFormula } from "@/lib/shared/csv-cells";
import { createOrg } from "@/test/factories";
import { createTestEvent, createTicketOrder } from "@/test/ticketing-door-factories";
import { exportAttendeesCsv } from "./export-attendees-csv";

describe("exportAttendeesCsv", () => {
  it("writes one row per ticket of the event with its status, check-in and what was paid, and guards formulas", async () => {
    const org = await createOrg();
    const event = await createTestEvent(org.orgId, { title: "Gala, 2026", types: [{ name: "VIP", price: 4950 }] });
    const other = await createTestEvent(org.orgId);
    const order = await createTicketOrder({ orgId: org.orgId, eventId: event.id, ticketTypeId: event.types[0].id, unitPrice: 4950, quantity: 2, buyerName: "=HYPERLINK(1)" });
    await createTicketOrder({ orgId: org.orgId, eventId: other.id, ticketTypeId: other.types[0].id, unitPrice: 100 });
    const checkedInAt = new Date("2026-12-24T19:30:00Z");
    await db.ticket.update({ where: { code: order.tickets[0].code }, data: { status: "CHECKED_IN", checkedInAt, checkedInById: org.userId } });
    const user = await db.user.findUniqueOrThrow({ where: { id: org.userId } });

    const csv = await exportAttendeesCsv({ orgId: org.orgId, eventId: event.id });
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("event,ticket_type,attendee_name,attendee_email,code,status,checked_in_at,checked_in_by,order_id,order_status,paid,currency");
    expect(lines).toHaveLength(3);
    const byCode = (code: string) => lines.find((l) => l.includes(code))!;
    // A random code can start with "-", which the export guards like any formula-looking cell.
    expect(byCode(order.tickets[0].code)).toBe(`"Gala, 2026",VIP,'=HYPERLINK(1) 1,${order.buyerEmail},${guardFormula(order.tickets[0].code)},CHECKED_IN,${checkedInAt.toISOString()},${user.name},${order.id},PAID,49.50,EUR`);
    expect(byCode(order.tickets[1].code)).toContain(`,VALID,,,${order.id},PAID,49.50,EUR`);
    expect(await exportAttendeesCsv({ orgId: (await createOrg()).orgId, eventId: event.id })).toBe("\uFEFF" + lines[0] + "\r\n");
  });
});
