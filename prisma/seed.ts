// Demo data: one organization with a believable year and a half of customers and orders, seeded
// only into an empty database. Deterministic (a fixed PRNG seed) so screenshots and demos repeat.
// Every purchase is a real sale that every page agrees on: a ticket order for one of the org's
// events (with its tickets) or a paid booking (with its service and staff), dated when it was
// paid, never after `now`.
import { seedDemoCampaigns } from "@/lib/analytics";
import { recomputeOrgAnalytics } from "@/lib/analytics";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import type { CustomerSource } from "@/lib/db/generated/enums";
import { simulateTransactions } from "@/lib/analytics";
import { seedDemoBooking, type BookingPurchase } from "@/lib/booking";
import { seedDemoEvents, type TicketPurchase } from "@/lib/ticketing";
import { seedDemoBot } from "@/lib/bots";

export const demoCredentials = { email: "demo@frontdesk.dev", password: "frontdesk-demo" };

const firstNames = [
  "Anna",
  "Ben",
  "Chloé",
  "David",
  "Elif",
  "Finn",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
  "Kira",
  "Leon",
  "Mila",
  "Noah",
  "Olga",
  "Paul",
  "Rosa",
  "Sami",
  "Tara",
  "Umut",
  "Vera",
  "Yusuf",
  "Zoe",
  "Lars",
  "Marta",
  "Nils",
  "Oskar",
  "Pia",
  "Rafael",
  "Sofia",
];
const lastNames = ["Schmidt", "Müller", "Novak", "García", "Kowalski", "Yilmaz", "Rossi", "Dubois", "Jensen", "Weber", "Petrov", "Silva", "Bauer", "Hoffmann", "Lindqvist", "Costa"];
const tagPool = ["vip", "newsletter", "regular", "student", "wedding", "color", "workshop"];

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

export async function seedDemoIfEmpty(): Promise<boolean> {
  if ((await db.organization.count()) > 0) return false;
  await seedDemo();
  return true;
}

export async function seedDemo(now = new Date()) {
  const rand = prng(20261122);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const day = 24 * 3600 * 1000;

  const [ownerHash, staffHash] = await Promise.all([hashPassword(demoCredentials.password), hashPassword("frontdesk-staff")]);
  const owner = await db.user.create({ data: { name: "Maya Fischer", email: demoCredentials.email, passwordHash: ownerHash, emailVerified: now }, select: { id: true } });
  const staff = await db.user.create({ data: { name: "Tom Richter", email: "staff@frontdesk.dev", passwordHash: staffHash, emailVerified: now }, select: { id: true } });
  const org = await db.organization.create({
    data: {
      name: "Lumen Studio",
      slug: "lumen-studio",
      timezone: "Europe/Berlin",
      currency: "EUR",
      memberships: {
        create: [
          { userId: owner.id, role: "OWNER" },
          { userId: staff.id, role: "STAFF" },
        ],
      },
    },
    select: { id: true, currency: true, timezone: true },
  });

  // Purchases follow the BG/NBD story (customers buy at their own pace until they quietly drop
  // out), so the analytics have something real to find; amounts vary per customer (Gamma-Gamma).
  const buyers = simulateTransactions({
    bgnbd: { r: 0.6, alpha: 40, a: 0.8, b: 3 },
    gammaGamma: { p: 6, q: 4, v: 30 },
    customers: 180,
    days: 540,
    end: now.toISOString().slice(0, 10),
    seed: 20261122,
  });
  // A purchase day becomes a time in the day (9:00 to 21:00 in Berlin), and never later than now.
  const purchases = new Map<string, { date: Date; amount: number }[]>();
  for (const t of buyers) {
    const date = new Date(Math.min(new Date(t.date).getTime() + (8 + rand() * 12) * 3_600_000, now.getTime() - (10 + rand() * 600) * 60_000));
    purchases.set(t.customerId, [...(purchases.get(t.customerId) ?? []), { date, amount: t.amount ?? 0 }]);
  }

  const sources: CustomerSource[] = ["MANUAL", "IMPORT", "TELEGRAM", "TICKETING", "BOOKING", "BOOKING", "TICKETING", "TELEGRAM"];
  const customers = [];
  for (let i = 0; i < 240; i++) {
    const first = pick(firstNames);
    const last = pick(lastNames);
    const source = pick(sources);
    const history = purchases.get(`c${i + 1}`) ?? [];
    const tags = [...new Set([...tagPool.filter((t) => t !== "vip" && t !== "regular" && rand() < 0.15), ...(history.length >= 6 ? ["regular"] : []), ...(history.length >= 10 ? ["vip"] : [])])];
    const firstSeen = history[0]?.date.getTime() ?? now.getTime() - Math.floor(rand() * 360) * day;
    const createdAt = new Date(firstSeen - Math.floor(rand() * 3 * day));
    // A buyer left an email at checkout; only some who just chat with the bot have none.
    const email =
      source === "TELEGRAM" && rand() < 0.5 && history.length === 0
        ? null
        : `${first}.${last}${i}`
            .normalize("NFKD")
            .replace(/[^\w.]/g, "")
            .toLowerCase() + "@example.com";
    customers.push({
      orgId: org.id,
      name: `${first} ${last}`,
      email,
      phone: rand() < 0.6 ? `+49 151 ${String(1000000 + Math.floor(rand() * 8999999))}` : null,
      telegramUserId: source === "TELEGRAM" ? BigInt(100000000 + i * 7919) : null,
      tags,
      source,
      notes: rand() < 0.1 ? "Prefers appointments after 5 pm." : null,
      createdAt,
    });
  }
  const created = await db.customer.createManyAndReturn({ data: customers, select: { id: true, name: true, email: true } });

  // About 40% of the purchases are tickets, the rest paid bookings; each becomes its real sale.
  const tickets: TicketPurchase[] = [];
  const bookings: BookingPurchase[] = [];
  created.forEach((customer, i) => {
    for (const { date, amount } of purchases.get(`c${i + 1}`) ?? []) (rand() < 0.4 ? tickets : bookings).push({ customer, at: date, amount: Math.max(500, Math.round(amount * 100)) });
  });
  await seedDemoBooking({ orgId: org.id, now, purchases: bookings });
  await seedDemoEvents({ orgId: org.id, now, purchases: tickets });
  await seedDemoBot({ orgId: org.id, now });
  // Scores right away, so the analytics dashboards are not empty on first start.
  // A failure is recorded on the run (the button and the nightly job retry it); the seed goes on.
  await recomputeOrgAnalytics({ orgId: org.id, now }).catch((err) => console.error("[seed] analytics recompute failed:", err instanceof Error ? err.message : err));

  // Campaigns with 90 days of metrics, so the Campaigns tab and its budget advice are not empty.
  const campaignDays = await seedDemoCampaigns({ orgId: org.id, currency: org.currency, timeZone: org.timezone, now });

  await db.emailOutbox.create({
    data: {
      orgId: org.id,
      to: "staff@frontdesk.dev",
      subject: "Maya Fischer invited you to Lumen Studio on Frontdesk",
      html: "<p>Maya Fischer invited you to join <b>Lumen Studio</b> as staff.</p>",
      text: "Maya Fischer invited you to join Lumen Studio as staff.",
      createdAt: new Date(now.getTime() - 20 * day),
    },
  });
  return { orgId: org.id, customers: created.length, orders: await db.order.count({ where: { orgId: org.id } }), campaignDays };
}

// `npm run seed`: seed the database in DATABASE_URL when it is empty.
if (import.meta.url === `file://${process.argv[1]}`) {
  const seeded = await seedDemoIfEmpty();
  console.log(seeded ? "Demo organization seeded." : "Database is not empty; nothing seeded.");
  await db.$disconnect();
}
