import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { createTestEvent, createTicketOrder } from "@/test/ticketing-door-factories";
import { resendTickets } from "./resend-tickets";

describe("resendTickets", () => {
  it("emails a paid order's valid tickets again, and refuses other orgs' and unpaid orders", async () => {
    const org = await createOrg();
    const event = await createTestEvent(org.orgId, { title: "Resend Night" });
    const order = await createTicketOrder({ orgId: org.orgId, eventId: event.id, ticketTypeId: event.types[0].id, unitPrice: 1000, quantity: 2 });
    expect(await resendTickets({ orgId: org.orgId, orderId: order.id })).toEqual({ sent: 1 });
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { orgId: org.orgId, to: order.buyerEmail } });
    expect(mail.html).toContain(order.tickets[0].code);
    expect(mail.html).toContain(order.tickets[1].code);

    await expect(resendTickets({ orgId: (await createOrg()).orgId, orderId: order.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const refunded = await createTicketOrder({ orgId: org.orgId, eventId: event.id, ticketTypeId: event.types[0].id, unitPrice: 1000, status: "REFUNDED" });
    await expect(resendTickets({ orgId: org.orgId, orderId: refunded.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
