import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { checkoutTickets } from "@/lib/ticketing/checkout/checkout-tickets";
import { createOrg } from "@/test/factories";
import { parseTicketIcs } from "@/test/ticket-ics-checks";
import { checkoutBody, createTicketedEvent } from "@/test/ticketing-factories";
import { GET } from "./route";

const get = (code: string) => GET(new Request(`http://localhost/t/${code}/event.ics`), { params: Promise.resolve({ code }) });

describe("GET /t/[code]/event.ics", () => {
  it("serves the ticket's event as a valid calendar file; unknown, malformed and void codes are a 404", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({ orgId, title: "Night of Strings" });
    const { orderId } = await checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [2]) });
    const [ticket, other] = await db.ticket.findMany({ where: { orderId }, orderBy: { id: "asc" }, select: { id: true, code: true } });
    const row = await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { startsAt: true, endsAt: true, venue: { select: { name: true } } } });

    const res = await get(ticket.code);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${event.slug}.ics"`);
    const { vevent } = parseTicketIcs(await res.text(), { startsAt: row.startsAt, endsAt: row.endsAt, location: `${row.venue!.name}, Torstraße 1, Berlin`, summary: "Night of Strings" });
    expect(vevent.getFirstPropertyValue("url")).toBe(`http://localhost:3000/t/${ticket.code}`);

    expect((await get("A".repeat(22))).status).toBe(404);
    expect((await get("not-a-code")).status).toBe(404);
    await db.ticket.update({ where: { id: other.id }, data: { status: "VOID" } });
    expect((await get(other.code)).status).toBe(404);
  });
});
