import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBot } from "@/test/bot-factories";
import { createStaffAndService } from "@/test/dash-booking-factories";
import { createOrg, uid } from "@/test/factories";
import { createTicketedEvent } from "@/test/ticketing-factories";
import { getCustomerTimeline } from "./get-customer-timeline";

// Integration: one customer's timeline across the graph: bot chats, bookings, ticket orders.
const at = (iso: string) => new Date(iso);

async function chat({ orgId, botId, customerId, messages }: { orgId: string; botId: string; customerId: string | null; messages: { direction: "IN" | "OUT"; at: string }[] }) {
  const chatId = BigInt(Math.floor(Math.random() * 1e12));
  const subscriber = await db.botSubscriber.create({ data: { orgId, botId, chatId, telegramUserId: chatId, customerId, firstName: "Ada", createdAt: at(messages[0]?.at ?? "2026-11-01T09:00:00Z") }, select: { id: true } });
  await db.botMessage.createMany({ data: messages.map((m) => ({ orgId, botId, subscriberId: subscriber.id, direction: m.direction, status: m.direction === "IN" ? ("RECEIVED" as const) : ("SENT" as const), text: "hi", createdAt: at(m.at) })) });
  return subscriber.id;
}

describe("getCustomerTimeline", () => {
  it("shows the customer's bot chat, booking (service, staff) and ticket order (event), newest first, and nothing of anyone else", async () => {
    const org = await createOrg();
    const other = await createOrg();
    const customer = await db.customer.create({ data: { orgId: org.orgId, name: "Ada", telegramUserId: BigInt(Date.now()), source: "TELEGRAM", createdAt: at("2026-11-01T08:00:00Z") }, select: { id: true } });
    const neighbour = await db.customer.create({ data: { orgId: org.orgId, name: "Neighbour" }, select: { id: true } });

    const bot = await createBot({ orgId: org.orgId });
    const botRow = await db.bot.findUniqueOrThrow({ where: { id: bot.botId }, select: { name: true, username: true } });
    const subscriberId = await chat({
      orgId: org.orgId,
      botId: bot.botId,
      customerId: customer.id,
      messages: [
        { direction: "IN", at: "2026-11-01T09:00:00Z" },
        { direction: "OUT", at: "2026-11-01T09:00:01Z" },
        { direction: "IN", at: "2026-11-20T18:30:00Z" },
      ],
    });
    // Someone else's chat with the same bot, and a chat in another org: never on Ada's timeline.
    await chat({ orgId: org.orgId, botId: bot.botId, customerId: neighbour.id, messages: [{ direction: "IN", at: "2026-11-25T10:00:00Z" }] });
    const otherBot = await createBot({ orgId: other.orgId });
    await chat({ orgId: other.orgId, botId: otherBot.botId, customerId: null, messages: [{ direction: "IN", at: "2026-11-26T10:00:00Z" }] });

    const { staff, service } = await createStaffAndService(org.orgId, { staffName: "Inês", serviceName: "Haircut" });
    // A paid order and its booking (or tickets) commit together: the database requires it.
    const { bookingOrder, booking } = await db.$transaction(async (tx) => {
      const bookingOrder = await tx.order.create({
        data: { orgId: org.orgId, customerId: customer.id, kind: "BOOKING", amount: 4500, currency: "EUR", status: "PAID", paidAt: at("2026-11-10T12:00:00Z"), createdAt: at("2026-11-10T11:59:00Z") },
        select: { id: true },
      });
      const booking = await tx.booking.create({
        data: {
          orgId: org.orgId,
          serviceId: service.id,
          staffMemberId: staff.id,
          customerId: customer.id,
          orderId: bookingOrder.id,
          status: "CONFIRMED",
          startsAt: at("2026-11-15T10:00:00Z"),
          endsAt: at("2026-11-15T11:00:00Z"),
          blockedFrom: at("2026-11-15T10:00:00Z"),
          blockedUntil: at("2026-11-15T11:00:00Z"),
          clientName: "Ada",
          clientEmail: "ada@test.dev",
          clientTimeZone: "Europe/Berlin",
          createdAt: at("2026-11-10T11:59:00Z"),
        },
        select: { id: true },
      });
      return { bookingOrder, booking };
    });

    const event = await createTicketedEvent({ orgId: org.orgId, title: `Gala ${uid()}`, types: [{ name: "GA", price: 2000 }] });
    const ticketOrder = await db.$transaction(async (tx) => {
      const ticketOrder = await tx.order.create({
        data: { orgId: org.orgId, customerId: customer.id, kind: "TICKET", eventId: event.id, amount: 2000, currency: "EUR", status: "PAID", paidAt: at("2026-11-05T20:00:00Z"), buyerName: "Ada", buyerEmail: "ada@test.dev" },
        select: { id: true },
      });
      await tx.ticket.create({ data: { orgId: org.orgId, eventId: event.id, ticketTypeId: event.types[0].id, orderId: ticketOrder.id, code: `T${uid()}${uid()}`, attendeeName: "Ada", attendeeEmail: "ada@test.dev", amountPaid: 2000 } });
      return ticketOrder;
    });

    const items = await getCustomerTimeline({ orgId: org.orgId, customerId: customer.id });
    expect(items.map((i) => i.kind)).toEqual(["conversation", "order", "booking", "order", "customer.created"]);
    expect(items[0]).toMatchObject({
      kind: "conversation",
      subscriberId,
      botId: bot.botId,
      botName: botRow.name,
      botUsername: botRow.username,
      status: "ACTIVE",
      firstMessageAt: at("2026-11-01T09:00:00Z"),
      lastMessageAt: at("2026-11-20T18:30:00Z"),
      at: at("2026-11-20T18:30:00Z"),
      messages: 3,
      fromCustomer: 2,
    });
    expect(items[1]).toMatchObject({ kind: "order", orderId: bookingOrder.id, orderKind: "BOOKING", event: null, booking: { id: booking.id, serviceName: "Haircut", staffName: "Inês" } });
    expect(items[2]).toMatchObject({ kind: "booking", bookingId: booking.id, serviceName: "Haircut", staffName: "Inês" });
    expect(items[3]).toMatchObject({ kind: "order", orderId: ticketOrder.id, orderKind: "TICKET", event: { id: event.id, title: event.title }, booking: null });

    // The neighbour sees only their own chat; another org cannot read Ada's timeline at all.
    expect((await getCustomerTimeline({ orgId: org.orgId, customerId: neighbour.id })).filter((i) => i.kind === "conversation")).toMatchObject([{ messages: 1 }]);
    await expect(getCustomerTimeline({ orgId: other.orgId, customerId: customer.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
