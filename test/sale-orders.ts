import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";

// Orders for tests that need a purchase log (analytics, customers): each written as checkout
// leaves it, because the database refuses a paid order that is not a real sale (migration
// 20261207103000). A TICKET order gets an event and one ticket per order (void once refunded or
// canceled); a paid BOOKING order gets its booking. One transaction, batch inserts; the event,
// service and staff member are new per call, so calls never overlap each other's bookings.
// `anyKind` backs every order both ways whatever its status, for a test that then changes an
// order's kind and status freely (the rollups' property test).

type OrderRow = Prisma.OrderCreateManyInput;

// Ids that sort by creation, like Prisma's cuid defaults (some tests read rows in id order).
let seq = 0;
const newId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(seq++).toString(36).padStart(6, "0")}${randomUUID().slice(0, 8)}`;

export async function createSaleOrders(client: PrismaClient, rows: OrderRow[], { anyKind = false } = {}): Promise<{ id: string }[]> {
  const orders = rows.map((r) => ({ ...r, id: r.id ?? newId("o") }));
  await client.$transaction(
    async (tx) => {
      const tickets: Prisma.TicketCreateManyInput[] = [];
      const bookings: Prisma.BookingCreateManyInput[] = [];
      for (const orgId of new Set(orders.map((o) => o.orgId))) {
        const mine = orders.filter((o) => o.orgId === orgId);
        const sold = (o: OrderRow) => o.status !== undefined && o.status !== "PENDING" && o.status !== "EXPIRED";
        const ticketOrders = mine.filter((o) => (anyKind || o.kind === "TICKET") && !o.eventId);
        if (ticketOrders.length) {
          const event = await tx.event.create({
            data: { orgId, title: "Test sales event", slug: newId("test-sales-"), startsAt: new Date("2020-01-01T18:00:00Z"), endsAt: new Date("2020-01-01T22:00:00Z"), timeZone: "UTC", status: "PUBLISHED" },
            select: { id: true },
          });
          const type = await tx.ticketType.create({ data: { orgId, eventId: event.id, name: "Entry", price: 0, currency: "EUR", capacity: 1_000_000 }, select: { id: true } });
          for (const o of ticketOrders) {
            o.eventId = event.id;
            if (!anyKind && !sold(o)) continue;
            tickets.push({
              orgId,
              eventId: event.id,
              ticketTypeId: type.id,
              orderId: o.id,
              code: newId("tk"),
              attendeeName: "Test buyer",
              attendeeEmail: "buyer@test.dev",
              amountPaid: o.amount,
              status: o.status === "PAID" ? "VALID" : "VOID",
              createdAt: o.paidAt ?? o.createdAt,
            });
          }
        }
        const booked = mine.filter((o) => anyKind || (o.kind === "BOOKING" && sold(o)));
        if (booked.length) {
          const service = await tx.service.create({ data: { orgId, name: "Test session", slug: newId("test-session-"), durationMinutes: 30, price: 0, currency: "EUR" }, select: { id: true } });
          const staff = await tx.staffMember.create({ data: { orgId, name: "Test staff", timeZone: "UTC" }, select: { id: true } });
          // An hour apart from the batch's first sale on: one staff member's bookings never overlap.
          const first = Math.min(...booked.map((o) => new Date(o.paidAt ?? o.createdAt ?? Date.now()).getTime()));
          booked.forEach((o, i) => {
            const startsAt = new Date(first + i * 3_600_000);
            const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
            bookings.push({
              orgId,
              serviceId: service.id,
              staffMemberId: staff.id,
              customerId: o.customerId,
              orderId: o.id,
              status: o.status === "PAID" ? "COMPLETED" : "CANCELED",
              startsAt,
              endsAt,
              blockedFrom: startsAt,
              blockedUntil: endsAt,
              clientName: "Test client",
              clientEmail: "client@test.dev",
              clientTimeZone: "UTC",
              createdAt: o.paidAt ?? o.createdAt,
            });
          });
        }
      }
      await tx.order.createMany({ data: orders });
      if (tickets.length) await tx.ticket.createMany({ data: tickets });
      if (bookings.length) await tx.booking.createMany({ data: bookings });
    },
    { timeout: 60_000 },
  );
  return orders.map((o) => ({ id: o.id }));
}

/** One order, as createSaleOrders writes it. */
export async function createSaleOrder(client: PrismaClient, row: OrderRow, options: { anyKind?: boolean } = {}): Promise<{ id: string }> {
  return (await createSaleOrders(client, [row], options))[0];
}
