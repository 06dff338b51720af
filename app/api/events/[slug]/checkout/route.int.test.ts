import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { checkoutBody, createTicketedEvent } from "@/test/ticketing-factories";
import { GET as promo } from "../promo/route";
import { POST } from "./route";

const post = (slug: string, body: string) => POST(new Request(`http://localhost/api/events/${slug}/checkout`, { method: "POST", body, headers: { "content-type": "application/json" } }), { params: Promise.resolve({ slug }) });

describe("POST /api/events/[slug]/checkout", () => {
  it("answers 201, then 409 with the remaining counts when sold out; 400 with fields and nothing held; 404 for unknown or draft", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({ orgId, types: [{ name: "GA", capacity: 2 }] });
    expect((await post(event.slug, "{nope")).status).toBe(400);
    const invalid = await post(event.slug, JSON.stringify({ ...checkoutBody(event.types, [1]), buyer: { name: "X", email: "" }, attendees: [{ ticketTypeId: event.types[0].id, email: "bad" }] }));
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.fields).toMatchObject({ "buyer.email": expect.any(String), "attendees.0.email": "Enter a valid email address" });
    expect(await db.order.count({ where: { orgId } })).toBe(0);

    const ok = await post(event.slug, JSON.stringify(checkoutBody(event.types, [2])));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ status: "PAID", redirectUrl: expect.stringMatching(new RegExp(`^/e/${event.slug}/order/`)) });
    const gone = await post(event.slug, JSON.stringify(checkoutBody(event.types, [1])));
    expect(gone.status).toBe(409);
    expect((await gone.json()).error).toMatchObject({ code: "CONFLICT", message: "GA is sold out.", remaining: { [event.types[0].id]: 0 } });

    const over = await createTicketedEvent({ orgId, startsAt: new Date(Date.now() - 5 * 3600_000) });
    const late = await post(over.slug, JSON.stringify(checkoutBody(over.types, [1])));
    expect(late.status).toBe(409);
    expect((await late.json()).error).toMatchObject({ code: "CONFLICT", message: "This event is over: tickets are no longer sold." });

    const draft = await createTicketedEvent({ orgId, status: "DRAFT" });
    expect((await post(draft.slug, JSON.stringify(checkoutBody(draft.types, [1])))).status).toBe(404);
    expect((await post("no-such-event", JSON.stringify(checkoutBody(draft.types, [1])))).status).toBe(404);
  });
});

describe("GET /api/events/[slug]/promo", () => {
  it("gives a valid code's rule (case-insensitive) and a field error otherwise", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({ orgId, promo: { code: "SPRING", kind: "AMOUNT", value: 500 } });
    const get = (code: string) => promo(new Request(`http://localhost/api/events/${event.slug}/promo?code=${code}`), { params: Promise.resolve({ slug: event.slug }) });
    const ok = await get("spring");
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ id: event.promo!.id, code: "SPRING", kind: "AMOUNT", value: 500, forSelectedCustomers: false });
    const bad = await get("WINTER");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields).toEqual({ promoCode: "This promo code does not exist." });
  });
});
