import { afterAll, describe, expect, it } from "vitest";
import { stopJobQueue } from "@/test/jobs-helpers";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { parseTicketIcs } from "@/test/ticket-ics-checks";
import { checkoutBody, createTicketedEvent } from "@/test/ticketing-factories";
import { checkoutTickets } from "./checkout-tickets";
import { EVENT_CANCELED, EVENT_ENDED, EVENT_NOT_ON_SALE } from "./event-sale-state";
import { placeTicketOrder } from "./place-ticket-order";
import { SoldOutError } from "./hold-tickets";
import { verifyOrderLinkToken } from "../public/order-link-token";
import { runTicketDeliveryJob } from "../tickets/send-ticket-emails";
import { TICKET_CODE } from "../tickets/ticket-code";

afterAll(stopJobQueue);

const counts = (id: string) => db.ticketType.findUniqueOrThrow({ where: { id }, select: { sold: true, held: true } });

describe("checkoutTickets: free orders", () => {
  it("issues one ticket per seat at once, PAID, per-seat attendees, a TICKETING customer and one email per attendee", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({ orgId, types: [{ name: "Free entry", price: 0, capacity: 5 }] });
    const body = checkoutBody(event.types, [3], {
      ref: "bot-subscriber-ref",
      attendees: [
        { ticketTypeId: event.types[0].id, name: "Ada One", email: "ada@test.dev" },
        { ticketTypeId: event.types[0].id, name: "", email: "" },
      ],
    });
    const result = await checkoutTickets({ slug: event.slug, input: body });
    expect(result.status).toBe("PAID");
    expect(result.redirectUrl).toMatch(new RegExp(`^/e/${event.slug}/order/${result.orderId}\\?token=`));
    expect(verifyOrderLinkToken(result.orderId, new URL(result.redirectUrl, "http://x").searchParams.get("token"))).toBe(true);
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId }, include: { tickets: true, customer: true, items: true } });
    expect(order).toMatchObject({ kind: "TICKET", status: "PAID", amount: 0, holdExpiresAt: null, buyerEmail: body.buyer.email, botRef: null }); // an unverifiable bot ref is dropped
    expect(Math.abs(order.paidAt!.getTime() - Date.now())).toBeLessThan(60_000); // stored as UTC like every other timestamp
    expect(order.customer).toMatchObject({ email: body.buyer.email, source: "TICKETING" });
    expect(order.items).toEqual([expect.objectContaining({ quantity: 3, unitPrice: 0 })]);
    expect(order.tickets.map((t) => [t.attendeeName, t.attendeeEmail]).sort()).toEqual(
      [
        ["Ada One", "ada@test.dev"],
        [body.buyer.name, body.buyer.email],
        [body.buyer.name, body.buyer.email],
      ].sort(),
    );
    for (const t of order.tickets) expect(t.code).toMatch(TICKET_CODE);
    expect(new Set(order.tickets.map((t) => t.code)).size).toBe(3);
    expect(await counts(event.types[0].id)).toEqual({ sold: 3, held: 0 });
    // The emails are a job (a rush of free orders must not wait on QR codes); run it as the worker would.
    const jobs = await db.$queryRaw<{ data: { orgId: string; orderId: string } }[]>`SELECT data FROM pgboss.job WHERE name = 'ticket.send-emails' AND data->>'orderId' = ${result.orderId}`;
    expect(jobs.map((j) => j.data)).toEqual([{ orgId, orderId: result.orderId }]);
    await runTicketDeliveryJob(jobs[0].data);
    // Ada gets her own ticket; the buyer (also an attendee) one confirmation with all three, not a second email.
    const emails = await db.emailOutbox.findMany({ where: { orgId }, orderBy: { to: "asc" } });
    expect(emails.map((e) => [e.to, e.subject.split(":")[0]])).toEqual([
      ["ada@test.dev", "Your ticket"],
      [body.buyer.email, "Order confirmed"],
    ]);
    const [ada, buyer] = emails;
    expect((ada.attachments as { filename: string }[]).map((a) => a.filename)).toEqual(["ticket-1.png", "event.ics"]);
    expect((buyer.attachments as { filename: string }[]).map((a) => a.filename)).toEqual(["ticket-1.png", "ticket-2.png", "ticket-3.png", "event.ics"]);
    const adaCode = order.tickets.find((t) => t.attendeeEmail === "ada@test.dev")!.code;
    expect(ada.html).toContain(adaCode);
    for (const t of order.tickets) expect(buyer.text).toContain(`http://localhost:3000/t/${t.code}`);
    expect(order.tickets.filter((t) => t.code !== adaCode).some((t) => ada.html.includes(t.code))).toBe(false);
    expect(buyer.text).toContain(`/e/${event.slug}/order/${result.orderId}?token=`);
    expect(ada.html).toContain("data:image/png;base64,");
    const ics = (buyer.attachments as { filename: string; content: string }[]).find((a) => a.filename === "event.ics")!;
    const row = await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { title: true, startsAt: true, endsAt: true, venue: { select: { name: true, address: true, city: true } } } });
    parseTicketIcs(Buffer.from(ics.content, "base64").toString("utf8"), { ...row, summary: row.title, location: [row.venue!.name, row.venue!.address, row.venue!.city].join(", ") });
  });

  it("the buyer gets an order confirmation with every ticket even when all seats are other people's", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({ orgId, types: [{ name: "Free entry", price: 0, capacity: 5 }] });
    const seat = (name: string, email: string) => ({ ticketTypeId: event.types[0].id, name, email });
    const body = checkoutBody(event.types, [3], { attendees: [seat("Ada One", "ada@test.dev"), seat("Bo Two", "bo@test.dev"), seat("Ada Again", "ADA@test.dev")] });
    const { orderId } = await checkoutTickets({ slug: event.slug, input: body });
    await runTicketDeliveryJob({ orgId, orderId });
    const emails = await db.emailOutbox.findMany({ where: { orgId }, orderBy: { to: "asc" }, select: { to: true, subject: true, attachments: true } });
    expect(emails.map((e) => [e.to.toLowerCase(), e.subject.split(":")[0], (e.attachments as unknown[]).length - 1])).toEqual([
      ["ada@test.dev", "Your tickets", 2], // one email per address, whatever its case
      ["bo@test.dev", "Your ticket", 1],
      [body.buyer.email, "Order confirmed", 3],
    ]);
  });

  it("refuses bad input with field errors and changes nothing; unknown, draft and hidden-without-code are refused", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({
      orgId,
      types: [
        { name: "GA", capacity: 5, maxPerOrder: 2 },
        { name: "Crew", hidden: true, unlockCode: "BACKSTAGE" },
      ],
    });
    await expect(checkoutTickets({ slug: event.slug, input: { ...checkoutBody(event.types, [1]), buyer: { name: "", email: "nope" } } })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fieldErrors: { "buyer.name": "Name is required", "buyer.email": "Enter a valid email address" },
    });
    await expect(checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [3]) })).rejects.toMatchObject({ code: "BAD_INPUT", fieldErrors: { [`quantities.${event.types[0].id}`]: "At most 2 GA tickets per order." } });
    await expect(checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [0, 0]) })).rejects.toMatchObject({ code: "BAD_INPUT", message: "Choose at least one ticket." });
    await expect(checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [0, 1]) })).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [1], { promoCode: "NOPE" }) })).rejects.toMatchObject({ fieldErrors: { promoCode: "This promo code does not exist." } });
    const mixed = await createTicketedEvent({
      orgId,
      types: [
        { name: "EUR", price: 0 },
        { name: "USD", price: 0, currency: "USD" },
      ],
    });
    await expect(checkoutTickets({ slug: mixed.slug, input: checkoutBody(mixed.types, [1, 1]) })).rejects.toMatchObject({ code: "BAD_INPUT", fieldErrors: { quantities: expect.stringContaining("different currencies") } });
    expect(await db.order.count({ where: { orgId } })).toBe(0);
    expect(await checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [0, 1], { unlockCode: "backstage" }) })).toMatchObject({ status: "PAID" });
    const draft = await createTicketedEvent({ orgId, status: "DRAFT" });
    await expect(checkoutTickets({ slug: draft.slug, input: checkoutBody(draft.types, [1]) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(checkoutTickets({ slug: "no-such-event", input: checkoutBody(draft.types, [1]) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("says online payments are not set up for a paid type when Stripe has no keys, and sells nothing", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({ orgId, types: [{ name: "Paid", price: 2500 }] });
    await expect(checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [1]) })).rejects.toMatchObject({ code: "NOT_CONFIGURED" });
    expect(await counts(event.types[0].id)).toEqual({ sold: 0, held: 0 });
  });
});

describe("checkoutTickets: when an event sells", () => {
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

  it("refuses an event that is over or canceled with a clear answer and writes nothing; one that has started still sells", async () => {
    const { orgId } = await createOrg();
    const over = await createTicketedEvent({ orgId, startsAt: hoursAgo(5), types: [{ name: "Entry", capacity: 5 }] }); // ended 2 hours ago
    await expect(checkoutTickets({ slug: over.slug, input: checkoutBody(over.types, [1]) })).rejects.toMatchObject({ code: "CONFLICT", message: EVENT_ENDED });
    const canceled = await createTicketedEvent({ orgId, types: [{ name: "Entry", capacity: 5 }] });
    await db.event.update({ where: { id: canceled.id }, data: { status: "CANCELED", canceledAt: new Date() } });
    await expect(checkoutTickets({ slug: canceled.slug, input: checkoutBody(canceled.types, [1]) })).rejects.toMatchObject({ code: "CONFLICT", message: EVENT_CANCELED });
    expect(await db.order.count({ where: { orgId } })).toBe(0);
    expect(await counts(over.types[0].id)).toEqual({ sold: 0, held: 0 });

    const started = await createTicketedEvent({ orgId, startsAt: hoursAgo(1), types: [{ name: "Entry", capacity: 5 }] }); // ends in 2 hours
    expect(await checkoutTickets({ slug: started.slug, input: checkoutBody(started.types, [1]) })).toMatchObject({ status: "PAID" });
  });

  it("the seat statement itself refuses an event that ended after the checkout read it", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({ orgId, startsAt: hoursAgo(5), types: [{ name: "Entry", capacity: 5 }] });
    const draft = {
      orgId,
      eventId: event.id,
      customerId: null,
      buyer: { name: "Late Comer", email: "late@test.dev" },
      free: true,
      amount: 0,
      currency: "EUR",
      discount: 0,
      promoCodeId: null,
      holdExpiresAt: null,
      botRef: null,
      now: new Date(),
      items: [{ ticketTypeId: event.types[0].id, quantity: 1, unitPrice: 0, discount: 0 }],
      seats: [{ ticketTypeId: event.types[0].id, name: "", email: "" }],
    };
    await expect(placeTicketOrder(draft)).rejects.toMatchObject({ code: "CONFLICT", message: EVENT_NOT_ON_SALE });
    expect(await db.order.count({ where: { orgId } })).toBe(0);
    expect(await db.customer.count({ where: { orgId } })).toBe(0);
    expect(await counts(event.types[0].id)).toEqual({ sold: 0, held: 0 });
    // The same order an hour before the end is placed.
    expect(await placeTicketOrder({ ...draft, now: hoursAgo(3) })).toMatchObject({ orderId: expect.any(String) });
  });
});

describe("checkoutTickets under concurrency", () => {
  it("50 parallel buyers for 10 seats: exactly 10 seats sold, everyone else a clear sold-out", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({ orgId, types: [{ name: "Rush", capacity: 10 }] });
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [1]) })));
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(10);
    expect(lost).toHaveLength(40);
    for (const r of lost) {
      expect(r.reason).toBeInstanceOf(SoldOutError);
      expect(r.reason).toMatchObject({ code: "CONFLICT", message: "Rush is sold out.", remaining: { [event.types[0].id]: 0 } });
    }
    expect(await counts(event.types[0].id)).toEqual({ sold: 10, held: 0 });
    expect(await db.ticket.count({ where: { eventId: event.id } })).toBe(10);
    expect(await db.order.count({ where: { eventId: event.id } })).toBe(10);
  });

  it("takes all of an order's types or none, and says how many are left", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({
      orgId,
      types: [
        { name: "A", capacity: 10 },
        { name: "B", capacity: 2 },
      ],
    });
    await checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [0, 1]) });
    const err = await checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [3, 2]) }).catch((e) => e);
    expect(err).toMatchObject({ message: "Only 1 B ticket is left.", remaining: { [event.types[0].id]: 10, [event.types[1].id]: 1 } });
    expect(await counts(event.types[0].id)).toEqual({ sold: 0, held: 0 });
  });

  it("counts promo redemptions atomically: 20 parallel buyers for a code with 5 uses get exactly 5 discounts", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({ orgId, types: [{ name: "GA", price: 1000, capacity: 100 }], promo: { code: "five", kind: "PERCENT", value: 100, maxRedemptions: 5 } });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => checkoutTickets({ slug: event.slug, input: checkoutBody(event.types, [1], { promoCode: "Five" }) })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ message: "This promo code has been used up.", fieldErrors: { promoCode: "This promo code has been used up." } });
    expect((await db.promoCode.findUniqueOrThrow({ where: { id: event.promo!.id } })).redemptions).toBe(5);
    expect(await db.order.findMany({ where: { eventId: event.id }, select: { amount: true, discount: true, promoCodeId: true } })).toEqual(Array.from({ length: 5 }, () => ({ amount: 0, discount: 1000, promoCodeId: event.promo!.id })));
    expect(await counts(event.types[0].id)).toEqual({ sold: 5, held: 0 });
  });

  it("a code scoped to a segment discounts its members only, and changes nothing for others", async () => {
    const { orgId } = await createOrg();
    const event = await createTicketedEvent({ orgId, types: [{ name: "GA", price: 2000, capacity: 10 }], promo: { code: "vip", kind: "PERCENT", value: 100 } });
    const segment = await db.segment.create({ data: { orgId, name: "VIPs", definition: { tags: ["vip"] } }, select: { id: true } });
    await db.promoCode.update({ where: { id: event.promo!.id }, data: { segmentId: segment.id } });
    await db.customer.create({ data: { orgId, name: "Vera Vip", email: "vera@vip.test", tags: ["vip"] } });
    await db.customer.create({ data: { orgId, name: "Otto Other", email: "otto@other.test", tags: [] } });
    const buyer = (name: string, email: string) => checkoutBody(event.types, [1], { promoCode: "VIP", buyer: { name, email } });

    await expect(checkoutTickets({ slug: event.slug, input: buyer("Otto Other", "otto@other.test") })).rejects.toMatchObject({ fieldErrors: { promoCode: expect.stringMatching(/reserved for selected customers/) } });
    await expect(checkoutTickets({ slug: event.slug, input: buyer("New Person", "new@person.test") })).rejects.toMatchObject({ fieldErrors: { promoCode: expect.stringMatching(/reserved/) } });
    expect(await db.order.count({ where: { eventId: event.id } })).toBe(0);
    expect(await counts(event.types[0].id)).toEqual({ sold: 0, held: 0 });

    // The member (email matched case-insensitively) gets the ticket free.
    expect(await checkoutTickets({ slug: event.slug, input: buyer("Vera Vip", "VERA@vip.test") })).toMatchObject({ status: "PAID" });
    expect(await db.order.findMany({ where: { eventId: event.id }, select: { amount: true, discount: true } })).toEqual([{ amount: 0, discount: 2000 }]);
  });
});
