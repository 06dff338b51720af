import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { checkoutTickets } from "@/lib/ticketing/checkout/checkout-tickets";
import { cancelOrder } from "@/lib/ticketing/orders/cancel-order";
import { queueTelegramTickets } from "@/lib/ticketing/tickets/queue-telegram-tickets";
import { runTicketDeliveryJob } from "@/lib/ticketing/tickets/send-ticket-emails";
import { createBot, startTelegramWithBot } from "@/test/bot-factories";
import { stopJobQueue } from "@/test/jobs-helpers";
import { createSubscriberWithRef } from "@/test/bot-commerce-factories";
import { createOrg, uid } from "@/test/factories";
import type { FakeTelegram } from "@/test/fakes/fake-telegram";
import { checkoutBody, createTicketedEvent } from "@/test/ticketing-factories";
import { sendBotMessages } from "./send-bot-messages";
import { signSubscriberRef } from "./sign-subscriber-ref";

// Integration: tickets bought from a bot link (free checkout, real database) join the clicking
// subscriber's customer and reach their chat through telegram.send, against the fake Telegram API.
let fake: FakeTelegram;
let org: Awaited<ReturnType<typeof createOrg>>;
let bot: Awaited<ReturnType<typeof createBot>>;

beforeAll(async () => void ({ fake, org, bot } = await startTelegramWithBot()));
afterAll(async () => {
  await fake.close();
  await stopJobQueue();
});

const orderOf = (id: string) => db.order.findUniqueOrThrow({ where: { id }, select: { botRef: true, status: true, customerId: true, tickets: { select: { code: true } } } });
const queued = (subscriberId: string) => db.botMessage.findMany({ where: { subscriberId, direction: "OUT" }, select: { text: true, status: true, payload: true } });
const sendJobs = (subscriberId: string) => db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'telegram.send' AND data->>'subscriberId' = ${subscriberId}`.then((r) => r[0].n);

async function buy(ref: string | undefined, extra: { email?: string; quantities?: number[]; noDelivery?: boolean } = {}) {
  const event = await createTicketedEvent({ orgId: org.orgId, title: "Jazz <night> & more" });
  const body = checkoutBody(event.types, extra.quantities ?? [2], ref === undefined ? {} : { ref });
  if (extra.email) body.buyer.email = extra.email;
  const result = await checkoutTickets({ slug: event.slug, input: body });
  if (!extra.noDelivery) await runTicketDeliveryJob({ orgId: org.orgId, orderId: result.orderId }); // as the worker would
  return { ...result, event, buyerEmail: body.buyer.email };
}

describe("tickets bought from a bot link", () => {
  it("links the order to the subscriber's customer (email filled) and sends the tickets to the chat", async () => {
    const s = await createSubscriberWithRef({ orgId: org.orgId, botId: bot.botId });
    const { orderId, buyerEmail } = await buy(s.ref);
    const order = await orderOf(orderId);
    expect(order).toMatchObject({ status: "PAID", botRef: s.ref, customerId: s.customerId });
    expect(await db.customer.findUniqueOrThrow({ where: { id: s.customerId! }, select: { email: true, source: true } })).toEqual({ email: buyerEmail, source: "TELEGRAM" });

    const [message] = await queued(s.subscriberId);
    expect(message.status).toBe("PENDING");
    expect(message.text).toContain("Your 2 tickets for <b>Jazz &lt;night&gt; &amp; more</b>");
    expect(message.text).toContain("(Europe/Berlin)");
    for (const t of order.tickets) expect(message.text).toContain(`http://localhost:3000/t/${t.code}`);
    expect(await sendJobs(s.subscriberId)).toBe(1);

    await sendBotMessages({ subscriberId: s.subscriberId });
    const [call] = fake.callsOf("sendMessage", bot.token).filter((c) => c.body.chat_id === s.chatId);
    const keyboard = (call.body.reply_markup as { inline_keyboard: { text: string; url: string }[][] }).inline_keyboard;
    expect(
      keyboard
        .flat()
        .map((b) => b.url)
        .sort(),
    ).toEqual(order.tickets.map((t) => `http://localhost:3000/t/${t.code}`).sort());
    expect((await queued(s.subscriberId))[0].status).toBe("SENT");
  });

  it("ignores a forged or tampered ref: the order goes through as without the bot", async () => {
    const s = await createSubscriberWithRef({ orgId: org.orgId, botId: bot.botId });
    const forged = `${s.ref.split(".")[0]}.${"x".repeat(32)}`;
    for (const ref of [forged, "not-a-ref", "a.b.c"]) {
      const { orderId, buyerEmail } = await buy(ref);
      const order = await orderOf(orderId);
      expect(order).toMatchObject({ status: "PAID", botRef: null });
      expect(await db.customer.findUniqueOrThrow({ where: { id: order.customerId }, select: { email: true, source: true } })).toEqual({ email: buyerEmail, source: "TICKETING" });
    }
    expect(await queued(s.subscriberId)).toEqual([]);
  });

  it("ignores the ref of another org's subscriber", async () => {
    const other = await createOrg();
    const otherBot = await createBot({ orgId: other.orgId });
    const s = await createSubscriberWithRef({ orgId: other.orgId, botId: otherBot.botId });
    const { orderId } = await buy(s.ref);
    expect((await orderOf(orderId)).botRef).toBeNull();
    expect(await queued(s.subscriberId)).toEqual([]);
    expect(await db.customer.findUniqueOrThrow({ where: { id: s.customerId! }, select: { email: true } })).toEqual({ email: null });
  });

  it("keeps an existing customer of the buyer's email, and links a subscriber without a customer to it", async () => {
    const email = `known-${uid()}@test.dev`;
    const known = await db.customer.create({ data: { orgId: org.orgId, name: "Known", email }, select: { id: true } });
    const linked = await createSubscriberWithRef({ orgId: org.orgId, botId: bot.botId });
    const first = await buy(linked.ref, { email });
    expect((await orderOf(first.orderId)).customerId).toBe(known.id);
    expect((await db.botSubscriber.findUniqueOrThrow({ where: { id: linked.subscriberId } })).customerId).toBe(linked.customerId);
    expect(await queued(linked.subscriberId)).toHaveLength(1); // the tickets still reach the chat they were bought from

    const bare = await createSubscriberWithRef({ orgId: org.orgId, botId: bot.botId, withCustomer: false });
    const second = await buy(bare.ref, { email });
    expect((await orderOf(second.orderId)).customerId).toBe(known.id);
    expect((await db.botSubscriber.findUniqueOrThrow({ where: { id: bare.subscriberId } })).customerId).toBe(known.id);
  });

  it("keeps the subscriber's customer's own email when it already has one", async () => {
    const s = await createSubscriberWithRef({ orgId: org.orgId, botId: bot.botId, email: `tg-${uid()}@test.dev` });
    const { orderId } = await buy(s.ref);
    expect((await orderOf(orderId)).customerId).toBe(s.customerId);
    expect((await db.customer.findUniqueOrThrow({ where: { id: s.customerId! }, select: { email: true } })).email).toMatch(/^tg-/);
  });

  it("a subscriber who blocked the bot: the order is linked, tickets go by email only", async () => {
    const s = await createSubscriberWithRef({ orgId: org.orgId, botId: bot.botId, status: "BLOCKED" });
    const { orderId } = await buy(s.ref);
    expect(await orderOf(orderId)).toMatchObject({ botRef: s.ref, customerId: s.customerId });
    expect(await queued(s.subscriberId)).toEqual([]);
    const emailJobs = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'ticket.send-emails' AND data->>'orderId' = ${orderId}`;
    expect(emailJobs[0].n).toBe(1);
  });

  it("an order canceled before its delivery job runs gets no chat message and no ticket email", async () => {
    const s = await createSubscriberWithRef({ orgId: org.orgId, botId: bot.botId });
    const { orderId } = await buy(s.ref, { noDelivery: true });
    expect(await cancelOrder({ orgId: org.orgId, orderId })).toBe("CANCELED"); // its tickets are VOID now
    await runTicketDeliveryJob({ orgId: org.orgId, orderId });
    expect(await queued(s.subscriberId)).toEqual([]);
    expect(await db.emailOutbox.count({ where: { orgId: org.orgId, html: { contains: (await orderOf(orderId)).tickets[0].code } } })).toBe(0);
  });

  it("the hook re-checks a stored ref and sends nothing for an order without one", async () => {
    const s = await createSubscriberWithRef({ orgId: org.orgId, botId: bot.botId });
    const plain = await buy(undefined);
    await db.order.update({ where: { id: plain.orderId }, data: { botRef: signSubscriberRef({ subscriberId: s.subscriberId, customerId: null }).slice(0, -2) + "zz" } });
    await db.$transaction((tx) => queueTelegramTickets({ tx, orgId: org.orgId, orderId: plain.orderId }));
    await db.order.update({ where: { id: plain.orderId }, data: { botRef: null } });
    await db.$transaction((tx) => queueTelegramTickets({ tx, orgId: org.orgId, orderId: plain.orderId }));
    expect(await queued(s.subscriberId)).toEqual([]);
  });
});
