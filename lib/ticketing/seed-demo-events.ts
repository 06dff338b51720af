// Demo ticketing data for the demo org (Lumen Studio, Berlin): two venues, a past exhibition
// with paid orders and checked-in guests, an upcoming published show (paid, front-row and free
// tickets, a promo code, a lineup) and a draft workshop. Does nothing when the org has events.
import { Temporal } from "temporal-polyfill";
import { db } from "@/lib/db/client";
import type { EventStatus } from "@/lib/db/generated/enums";
import { generateTicketCode } from "./ticket-code";

const TZ = "Europe/Berlin";
type TicketSeed = { name: string; description?: string; price: number; capacity: number; maxPerOrder?: number };
type EventSeed = { title: string; slug: string; venue: number; daysFromNow: number; start: string; end: string; status: EventStatus; description: string; tickets: TicketSeed[]; orders: number; checkedIn: boolean };

const events: EventSeed[] = [
  {
    title: "Darkroom Nights: Analog Portraits", slug: "darkroom-nights-analog-portraits", venue: 0, daysFromNow: -18, start: "19:00", end: "23:00", status: "PUBLISHED", orders: 24, checkedIn: true,
    description: "An evening exhibition of large-format analog portraits shot and printed in our darkroom, with the photographers in the room and a live print demo at nine.",
    tickets: [{ name: "Entry", price: 1200, capacity: 90 }, { name: "Supporter", description: "Entry plus a signed 13x18 print", price: 3500, capacity: 20, maxPerOrder: 2 }],
  },
  {
    title: "Lookbook Live: Winter Collections", slug: "lookbook-live-winter-collections", venue: 1, daysFromNow: 20, start: "19:30", end: "22:30", status: "PUBLISHED", orders: 14, checkedIn: false,
    description: "Three Berlin designers show their winter collections on a runway we light and shoot live. Drinks from 19:30, first look at 20:15.",
    tickets: [{ name: "Standing", price: 1800, capacity: 250 }, { name: "Front row", description: "Reserved seat by the runway and a printed lookbook", price: 4500, capacity: 40, maxPerOrder: 4 }, { name: "Student", description: "Free with a student ID at the door", price: 0, capacity: 50, maxPerOrder: 1 }],
  },
  {
    title: "Light & Shadow: Studio Lighting Workshop", slug: "light-and-shadow-studio-lighting-workshop", venue: 0, daysFromNow: 41, start: "10:00", end: "16:00", status: "DRAFT", orders: 0, checkedIn: false,
    description: "A hands-on day with strobes, softboxes and a model: from one-light portraits to a full three-light setup. Bring your camera.",
    tickets: [{ name: "Workshop seat", description: "Lunch and coffee included", price: 8900, capacity: 12, maxPerOrder: 2 }],
  },
];

const lineup = [
  { name: "Nadia Oyelaran", role: "Designer", bio: "Berlin-based designer working with deadstock wool.", notes: "Collection: Tidal. 12 looks in indigo and bone." },
  { name: "Jonas Brandt", role: "Designer", bio: "Tailoring with a workwear accent.", notes: "Collection: Night Shift. Reversible coats." },
  { name: "Mira Kato", role: "Designer", bio: "Knitwear from her studio in Wedding.", notes: "Collection: Static. Hand-knitted, 8 looks." },
  { name: "DJ Kesh", role: "Music", bio: "Runway sets and the after-show.", notes: null },
];

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

const at = (day: Temporal.PlainDate, time: string) => new Date(day.toPlainDateTime(Temporal.PlainTime.from(time)).toZonedDateTime(TZ).epochMilliseconds);

export async function seedDemoEvents({ orgId, now = new Date() }: { orgId: string; now?: Date }) {
  if ((await db.event.count({ where: { orgId } })) > 0) return { skipped: true as const };
  const rand = prng(777);
  const members = await db.membership.findMany({ where: { orgId }, orderBy: { role: "asc" }, select: { role: true, userId: true } });
  const owner = members.find((m) => m.role === "OWNER")?.userId ?? null;
  const staff = members.find((m) => m.role === "STAFF")?.userId ?? owner;
  const customers = await db.customer.findMany({ where: { orgId, email: { not: null } }, orderBy: { createdAt: "asc" }, take: 60, select: { id: true, name: true, email: true } });
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(TZ).toPlainDate();
  const venues = await db.venue.createManyAndReturn({
    data: [
      { orgId, name: "Lumen Studio Loft", address: "Torstraße 109", city: "Berlin", capacity: 120, timeZone: TZ },
      { orgId, name: "Kühlhaus Berlin", address: "Luckenwalder Str. 3", city: "Berlin", capacity: 400, timeZone: TZ },
    ],
    select: { id: true },
  });

  let tickets = 0;
  for (const seed of events) {
    const day = today.add({ days: seed.daysFromNow });
    const startsAt = at(day, seed.start);
    const created = new Date(startsAt.getTime() - 45 * 86_400_000);
    // Event slugs are global (/e/<slug>): another org may already have the demo's.
    const slug = (await db.event.count({ where: { slug: seed.slug } })) ? `${seed.slug}-${orgId.slice(-6).toLowerCase()}` : seed.slug;
    const event = await db.event.create({
      data: { orgId, venueId: venues[seed.venue].id, title: seed.title, slug, description: seed.description, startsAt, endsAt: at(day, seed.end), timeZone: TZ, status: seed.status, publishedAt: seed.status === "PUBLISHED" ? new Date(created.getTime() + 2 * 86_400_000) : null, createdById: staff, createdAt: created },
      select: { id: true },
    });
    const history: { fromStatus: EventStatus | null; toStatus: EventStatus; byUserId: string | null; createdAt: Date }[] = [{ fromStatus: null, toStatus: "DRAFT", byUserId: staff, createdAt: created }];
    if (seed.status === "PUBLISHED") {
      history.push({ fromStatus: "DRAFT", toStatus: "IN_REVIEW", byUserId: staff, createdAt: new Date(created.getTime() + 86_400_000) });
      history.push({ fromStatus: "IN_REVIEW", toStatus: "PUBLISHED", byUserId: owner, createdAt: new Date(created.getTime() + 2 * 86_400_000) });
    }
    await db.eventStatusChange.createMany({ data: history.map((h) => ({ ...h, eventId: event.id })) });
    if (seed.slug.startsWith("lookbook")) {
      await db.lineupItem.createMany({ data: lineup.map((l, position) => ({ ...l, position, eventId: event.id })) });
      await db.promoCode.create({ data: { orgId, eventId: event.id, code: "LOOKBOOK15", kind: "PERCENT", value: 15, maxRedemptions: 100, expiresAt: startsAt } });
    }
    const types = await db.ticketType.createManyAndReturn({
      data: seed.tickets.map((t, position) => ({ ...t, orgId, eventId: event.id, position, currency: "EUR" })),
      select: { id: true, price: true, maxPerOrder: true, capacity: true },
    });
    tickets += await seedOrders({ orgId, eventId: event.id, types, count: seed.orders, customers, checkedIn: seed.checkedIn ? { at: startsAt, by: staff } : null, before: seed.daysFromNow < 0 ? startsAt : now, rand });
  }
  return { skipped: false as const, events: events.length, tickets };
}

type Customer = { id: string; name: string; email: string | null };

/** `count` paid orders by distinct demo customers, 1-3 tickets each, sold counters kept in step. */
async function seedOrders({ orgId, eventId, types, count, customers, checkedIn, before, rand }: { orgId: string; eventId: string; types: { id: string; price: number; maxPerOrder: number; capacity: number }[]; count: number; customers: Customer[]; checkedIn: { at: Date; by: string | null } | null; before: Date; rand: () => number }) {
  let issued = 0;
  const left = new Map(types.map((t) => [t.id, t.capacity]));
  for (const buyer of customers.slice(0, count)) {
    const picked = types[Math.floor(rand() * types.length)];
    const type = left.get(picked.id)! > 0 ? picked : types.find((t) => left.get(t.id)! > 0);
    if (!type) break;
    const quantity = Math.min(type.maxPerOrder, 1 + Math.floor(rand() * 3), left.get(type.id)!);
    left.set(type.id, left.get(type.id)! - quantity);
    const paidAt = new Date(before.getTime() - Math.floor((0.2 + rand() * 20) * 86_400_000));
    const order = await db.order.create({
      data: { orgId, customerId: buyer.id, kind: "TICKET", amount: type.price * quantity, currency: "EUR", status: "PAID", paidAt, createdAt: paidAt, eventId, buyerName: buyer.name, buyerEmail: buyer.email, items: { create: { ticketTypeId: type.id, quantity, unitPrice: type.price } } },
      select: { id: true },
    });
    const arrived = (i: number) => checkedIn && (i === 0 || rand() < 0.85);
    await db.ticket.createMany({
      data: Array.from({ length: quantity }, (_, i) => ({
        orgId, eventId, ticketTypeId: type.id, orderId: order.id, code: generateTicketCode(),
        attendeeName: i === 0 ? buyer.name : `Guest of ${buyer.name}`, attendeeEmail: buyer.email!, amountPaid: type.price,
        ...(arrived(i) ? { status: "CHECKED_IN" as const, checkedInAt: new Date(checkedIn!.at.getTime() + Math.floor(rand() * 90) * 60_000), checkedInById: checkedIn!.by } : {}),
      })),
    });
    await db.ticketType.update({ where: { id: type.id }, data: { sold: { increment: quantity } } });
    issued += quantity;
  }
  return issued;
}
