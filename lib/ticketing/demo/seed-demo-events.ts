// Demo ticketing data for the demo org (Lumen Studio, Berlin): two venues, a past event every
// six weeks back to the first ticket purchase (each with its ticket types, orders, tickets and
// checked-in guests), an upcoming published show (paid, front-row and free tickets, a promo code,
// a lineup) and a draft workshop. Every ticket purchase of the demo's history is a real order:
// for the next event on sale at the time, with its items and tickets, dated when it was paid.
// Does nothing when the org has events.
import { randomUUID } from "node:crypto";
import { Temporal } from "temporal-polyfill";
import { db } from "@/lib/db/client";
import type { EventStatus } from "@/lib/db/generated/enums";
import { generateTicketCode } from "../tickets/ticket-code";

const TZ = "Europe/Berlin";
const DAY = 86_400_000;
type TicketSeed = { name: string; description?: string; price: number; capacity: number; maxPerOrder?: number };
type EventSeed = { title: string; slug: string; venue: number; daysFromNow: number; start: string; end: string; status: EventStatus; description: string; tickets: TicketSeed[] };
type Buyer = { id: string; name: string; email: string | null };
/** One ticket purchase of the demo history: who, when it was paid, about how much (minor units). */
export type TicketPurchase = { customer: Buyer; at: Date; amount: number };

const fixed: EventSeed[] = [
  {
    title: "Darkroom Nights: Analog Portraits",
    slug: "darkroom-nights-analog-portraits",
    venue: 0,
    daysFromNow: -18,
    start: "19:00",
    end: "23:00",
    status: "PUBLISHED",
    description: "An evening exhibition of large-format analog portraits shot and printed in our darkroom, with the photographers in the room and a live print demo at nine.",
    tickets: [
      { name: "Entry", price: 1200, capacity: 90 },
      { name: "Supporter", description: "Entry plus a signed 13x18 print", price: 3500, capacity: 20, maxPerOrder: 2 },
    ],
  },
  {
    title: "Lookbook Live: Winter Collections",
    slug: "lookbook-live-winter-collections",
    venue: 1,
    daysFromNow: 20,
    start: "19:30",
    end: "22:30",
    status: "PUBLISHED",
    description: "Three Berlin designers show their winter collections on a runway we light and shoot live. Drinks from 19:30, first look at 20:15.",
    tickets: [
      { name: "Standing", price: 1800, capacity: 250 },
      { name: "Front row", description: "Reserved seat by the runway and a printed lookbook", price: 4500, capacity: 40, maxPerOrder: 4 },
      { name: "Student", description: "Free with a student ID at the door", price: 0, capacity: 50, maxPerOrder: 1 },
    ],
  },
  {
    title: "Light & Shadow: Studio Lighting Workshop",
    slug: "light-and-shadow-studio-lighting-workshop",
    venue: 0,
    daysFromNow: 41,
    start: "10:00",
    end: "16:00",
    status: "DRAFT",
    description: "A hands-on day with strobes, softboxes and a model: from one-light portraits to a full three-light setup. Bring your camera.",
    tickets: [{ name: "Workshop seat", description: "Lunch and coffee included", price: 8900, capacity: 12, maxPerOrder: 2 }],
  },
];

// The past events before Darkroom Nights, newest first, one every six weeks; titled by month.
type PastSeed = Omit<EventSeed, "title" | "slug" | "daysFromNow" | "status"> & { theme: string };
const past: PastSeed[] = [
  {
    theme: "Open Studio Night",
    venue: 0,
    start: "18:00",
    end: "22:00",
    description: "The studio opens its doors: new portfolio prints on the walls, the team behind them, drinks.",
    tickets: [
      { name: "Entry", price: 1000, capacity: 100 },
      { name: "Supporter", description: "Entry plus a signed print", price: 3000, capacity: 25, maxPerOrder: 2 },
    ],
  },
  {
    theme: "Print Fair",
    venue: 1,
    start: "12:00",
    end: "19:00",
    description: "Twenty Berlin photographers sell prints, zines and books; portfolio reviews all afternoon.",
    tickets: [
      { name: "Day ticket", price: 800, capacity: 300 },
      { name: "Review slot", description: "Day ticket plus a 20-minute portfolio review", price: 4000, capacity: 20, maxPerOrder: 1 },
    ],
  },
  {
    theme: "Portrait Night",
    venue: 0,
    start: "19:00",
    end: "23:00",
    description: "Sit for a portrait under studio light and take the print home the same night.",
    tickets: [
      { name: "Entry", price: 1500, capacity: 80 },
      { name: "Entry + portrait", description: "A sitting and one 13x18 print", price: 4500, capacity: 30, maxPerOrder: 2 },
    ],
  },
  {
    theme: "Film Photo Walk",
    venue: 0,
    start: "10:00",
    end: "13:00",
    description: "Three hours along the Spree with a roll of film each; developed in our darkroom afterwards.",
    tickets: [{ name: "Walk with film", description: "One roll of film and its development included", price: 2500, capacity: 40, maxPerOrder: 2 }],
  },
  {
    theme: "Lookbook Live",
    venue: 1,
    start: "19:30",
    end: "22:30",
    description: "Berlin designers show their new collections on a runway we light and shoot live.",
    tickets: [
      { name: "Standing", price: 1800, capacity: 250 },
      { name: "Front row", description: "Reserved seat by the runway", price: 4500, capacity: 40, maxPerOrder: 4 },
    ],
  },
  {
    theme: "Darkroom Nights",
    venue: 0,
    start: "19:00",
    end: "23:00",
    description: "An evening in and around the darkroom: live printing, an exhibition and the people behind it.",
    tickets: [
      { name: "Entry", price: 1200, capacity: 90 },
      { name: "Supporter", description: "Entry plus a signed 13x18 print", price: 3500, capacity: 20, maxPerOrder: 2 },
    ],
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

const newId = (prefix: string) => `${prefix}${randomUUID().replaceAll("-", "")}`;
const at = (day: Temporal.PlainDate, time: string) => new Date(day.toPlainDateTime(Temporal.PlainTime.from(time)).toZonedDateTime(TZ).epochMilliseconds);
const monthYear = (day: Temporal.PlainDate) => day.toLocaleString("en-US", { month: "long", year: "numeric" });
const slugify = (title: string) =>
  title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

type PlannedType = TicketSeed & { id: string; sold: number };
type PlannedEvent = EventSeed & { id: string; startsAt: Date; endsAt: Date; createdAt: Date; publishedAt: Date | null; types: PlannedType[] };

export async function seedDemoEvents({ orgId, now = new Date(), purchases }: { orgId: string; now?: Date; purchases?: TicketPurchase[] }) {
  if ((await db.event.count({ where: { orgId } })) > 0) return { skipped: true as const };
  const rand = prng(777);
  const members = await db.membership.findMany({ where: { orgId }, orderBy: { role: "asc" }, select: { role: true, userId: true } });
  const owner = members.find((m) => m.role === "OWNER")?.userId ?? null;
  const staff = members.find((m) => m.role === "STAFF")?.userId ?? owner;
  const customers = await db.customer.findMany({ where: { orgId, email: { not: null } }, orderBy: { createdAt: "asc" }, take: 60, select: { id: true, name: true, email: true } });
  // Without a history from the caller: the first customers each bought once in the last 55 days.
  const sales = (purchases ?? customers.slice(0, 40).map((customer) => ({ customer, at: new Date(now.getTime() - (1 + rand() * 54) * DAY), amount: 1200 + Math.floor(rand() * 4000) }))).filter((p) => p.customer.email && p.at < now);
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(TZ).toPlainDate();

  // The calendar: the fixed three, and a past event every six weeks before them back to the first sale.
  const first = Math.min(now.getTime(), ...sales.map((p) => p.at.getTime()));
  const seeds: EventSeed[] = [...fixed];
  for (let k = 1; ; k++) {
    const day = today.add({ days: fixed[0].daysFromNow - 42 * k });
    if (at(day, "23:00").getTime() < first) break;
    const { theme, ...rest } = past[(k - 1) % past.length];
    const title = `${theme}: ${monthYear(day)}`;
    seeds.push({ ...rest, title, slug: slugify(title), daysFromNow: fixed[0].daysFromNow - 42 * k, status: "PUBLISHED" });
  }
  // Stays on db, not orgDb(orgId), and so does the rest of this seeder: event slugs (/e/<slug>) are unique across
  // orgs, so this lookup reads every org's events; not a plain swap.
  const taken = new Set((await db.event.findMany({ where: { slug: { in: seeds.map((s) => s.slug) } }, select: { slug: true } })).map((e) => e.slug));
  const planned: PlannedEvent[] = seeds.map((seed) => {
    const day = today.add({ days: seed.daysFromNow });
    const startsAt = at(day, seed.start);
    const createdAt = new Date(Math.min(startsAt.getTime() - 50 * DAY, now.getTime() - DAY));
    return {
      ...seed,
      // Event slugs are global (/e/<slug>): another org may already have the demo's.
      slug: taken.has(seed.slug) ? `${seed.slug}-${orgId.slice(-6).toLowerCase()}` : seed.slug,
      id: newId("ev"),
      startsAt,
      endsAt: at(day, seed.end),
      createdAt,
      publishedAt: seed.status === "PUBLISHED" ? new Date(createdAt.getTime() + 2 * DAY) : null,
      types: seed.tickets.map((t) => ({ ...t, id: newId("tt"), sold: 0 })),
    };
  });
  const onSale = planned.filter((e) => e.publishedAt).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());

  // Each purchase: the next event on sale then, the type and quantity nearest what it cost.
  const orders: { id: string; event: PlannedEvent; customer: Buyer; type: PlannedType; quantity: number; paidAt: Date }[] = [];
  for (const p of [...sales].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const event = onSale.find((e) => e.startsAt.getTime() > p.at.getTime() + 2 * 3_600_000 && e.publishedAt! <= p.at);
    if (!event) continue;
    let best: { type: PlannedType; quantity: number; miss: number } | null = null;
    for (const type of event.types.filter((t) => t.price > 0)) {
      for (let quantity = 1; quantity <= Math.min(type.maxPerOrder ?? 10, 4); quantity++) {
        const miss = Math.abs(type.price * quantity - p.amount) * (0.8 + rand() * 0.4);
        if (!best || miss < best.miss) best = { type, quantity, miss };
      }
    }
    if (!best) continue;
    best.type.sold += best.quantity;
    orders.push({ id: newId("ot"), event, customer: p.customer, type: best.type, quantity: best.quantity, paidAt: p.at });
  }
  // The upcoming show's free student tickets: a few in the last ten days, the latest two hours ago.
  const upcoming = planned.find((e) => e.slug.startsWith("lookbook-live-winter"))!;
  const student = upcoming.types.find((t) => t.price === 0)!;
  customers.slice(-5).forEach((customer, i) => {
    student.sold += 1;
    orders.push({ id: newId("ot"), event: upcoming, customer, type: student, quantity: 1, paidAt: new Date(now.getTime() - (2 * 3_600_000 + (4 - i) * 2 * DAY)) });
  });
  for (const e of planned) for (const t of e.types) t.capacity = Math.max(t.capacity, t.sold);

  const venues = await db.venue.createManyAndReturn({
    data: [
      { orgId, name: "Lumen Studio Loft", address: "Torstraße 109", city: "Berlin", capacity: 120, timeZone: TZ },
      { orgId, name: "Kühlhaus Berlin", address: "Luckenwalder Str. 3", city: "Berlin", capacity: 400, timeZone: TZ },
    ],
    select: { id: true },
  });
  await db.event.createMany({
    data: planned.map((e) => ({
      id: e.id,
      orgId,
      venueId: venues[e.venue].id,
      title: e.title,
      slug: e.slug,
      description: e.description,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      timeZone: TZ,
      status: e.status,
      publishedAt: e.publishedAt,
      createdById: staff,
      createdAt: e.createdAt,
    })),
  });
  await db.eventStatusChange.createMany({
    data: planned.flatMap((e) => [
      { eventId: e.id, fromStatus: null, toStatus: "DRAFT" as const, byUserId: staff, createdAt: e.createdAt },
      ...(e.publishedAt
        ? [
            { eventId: e.id, fromStatus: "DRAFT" as const, toStatus: "IN_REVIEW" as const, byUserId: staff, createdAt: new Date(e.createdAt.getTime() + DAY) },
            { eventId: e.id, fromStatus: "IN_REVIEW" as const, toStatus: "PUBLISHED" as const, byUserId: owner, createdAt: e.publishedAt },
          ]
        : []),
    ]),
  });
  await db.lineupItem.createMany({ data: lineup.map((l, position) => ({ ...l, position, eventId: upcoming.id })) });
  await db.promoCode.create({ data: { orgId, eventId: upcoming.id, code: "LOOKBOOK15", kind: "PERCENT", value: 15, maxRedemptions: 100, expiresAt: upcoming.startsAt, createdAt: upcoming.createdAt } });
  await db.ticketType.createMany({
    data: planned.flatMap((e) =>
      e.types.map(({ id, name, description, price, capacity, maxPerOrder, sold }, position) => ({ id, orgId, eventId: e.id, position, name, description, price, capacity, maxPerOrder, sold, currency: "EUR", createdAt: e.createdAt })),
    ),
  });

  // Orders, items and tickets in one transaction: a paid ticket order needs its tickets at commit.
  const tickets = orders.flatMap((o) => {
    const over = o.event.endsAt < now;
    return Array.from({ length: o.quantity }, (_, i) => {
      const arrived = over && rand() < 0.85;
      return {
        orgId,
        eventId: o.event.id,
        ticketTypeId: o.type.id,
        orderId: o.id,
        code: generateTicketCode(),
        createdAt: o.paidAt,
        attendeeName: i === 0 ? o.customer.name : `Guest of ${o.customer.name}`,
        attendeeEmail: o.customer.email!,
        amountPaid: o.type.price,
        ...(arrived ? { status: "CHECKED_IN" as const, checkedInAt: new Date(o.event.startsAt.getTime() + Math.floor(rand() * 90) * 60_000), checkedInById: staff } : {}),
      };
    });
  });
  await db.$transaction(
    async (tx) => {
      await tx.order.createMany({
        data: orders.map((o) => ({
          id: o.id,
          orgId,
          customerId: o.customer.id,
          kind: "TICKET" as const,
          amount: o.type.price * o.quantity,
          currency: "EUR",
          status: "PAID" as const,
          paidAt: o.paidAt,
          createdAt: o.paidAt,
          eventId: o.event.id,
          buyerName: o.customer.name,
          buyerEmail: o.customer.email,
        })),
      });
      await tx.orderItem.createMany({ data: orders.map((o) => ({ orderId: o.id, ticketTypeId: o.type.id, quantity: o.quantity, unitPrice: o.type.price })) });
      await tx.ticket.createMany({ data: tickets });
    },
    { timeout: 60_000 },
  );
  return { skipped: false as const, events: planned.length, orders: orders.length, tickets: tickets.length };
}
