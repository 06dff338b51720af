// npx tsx scripts/bench/booking-dashboard.ts: the bookings dashboard's reads with 10,000 bookings
// in one org (5 staff, 3 services, 2,000 customers, half a year around today): the week
// calendar (staff hours + bookings -> layout) and the list's client search (count + one page),
// in-process, so the numbers are server time. Seeds once into its own embedded Postgres
// (.data/bench-booking on BENCH_PG_PORT, default 54371) or DATABASE_URL; `--fresh` reseeds.
import { randomUUID } from "node:crypto";
import { Temporal } from "temporal-polyfill";
import { prepareDatabase } from "../lib/prepare-database";

const database = await prepareDatabase({ dataDir: ".data/bench-booking", port: Number(process.env.BENCH_PG_PORT || 54371) });
process.env.DATABASE_URL = database.url;
// Imported once DATABASE_URL is known (the Prisma client reads it on first use).
const { db } = await import("@/lib/db/client");
const { loadBookingCalendar } = await import("@/lib/booking");
const { listBookings } = await import("@/lib/booking");

const TZ = "Europe/Berlin";
const SLUG = "bench-booking-dashboard";
const BOOKINGS = 10_000;
const NAMES = ["Anna", "Ben", "Clara", "David", "Eva", "Finn", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Lena", "Marta", "Noah", "Olga", "Paul"];
const SURNAMES = ["Müller", "Schmidt", "Novak", "Petrov", "Rossi", "Jensen", "Silva", "Kowalski", "Yilmaz", "Weber"];

async function seed(): Promise<string> {
  const existing = await db.organization.findUnique({ where: { slug: SLUG }, select: { id: true, _count: { select: { bookings: true } } } });
  if (existing && existing._count.bookings >= BOOKINGS && !process.argv.includes("--fresh")) return existing.id;
  if (existing) {
    await db.booking.deleteMany({ where: { orgId: existing.id } });
    await db.organization.delete({ where: { id: existing.id } });
  }
  const t0 = performance.now();
  const org = await db.organization.create({ data: { name: "Bench bookings", slug: SLUG, timezone: TZ, currency: "EUR" } });
  const staff = [];
  for (let i = 0; i < 5; i++) {
    staff.push(await db.staffMember.create({ data: { orgId: org.id, name: `Staff ${i + 1}`, timeZone: TZ, rules: { create: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, startTime: "08:00", endTime: "20:00" })) } } }));
  }
  const services = [];
  for (const name of ["Cut", "Colour", "Consultation"]) services.push(await db.service.create({ data: { orgId: org.id, name, slug: name.toLowerCase(), currency: "EUR", durationMinutes: 30 } }));
  const customers = Array.from({ length: 2000 }, (_, i) => ({
    id: `bc${randomUUID().replaceAll("-", "")}`,
    orgId: org.id,
    name: `${NAMES[i % NAMES.length]} ${SURNAMES[(i * 7) % SURNAMES.length]} ${i}`,
    email: `client${i}@bench.dev`,
    source: "BOOKING" as const,
  }));
  await db.customer.createMany({ data: customers });
  // 10,000 half-hour bookings over 26 weeks around today: 5 staff x 182 days x 11 slots of 12 h.
  const first = Temporal.Now.plainDateISO(TZ).subtract({ days: 91 });
  const rows = [];
  for (let n = 0; rows.length < BOOKINGS; n++) {
    const day = first.add({ days: Math.floor(n / 55) });
    const slot = n % 55;
    const staffIndex = slot % 5;
    const half = Math.floor(slot / 5) * 2 + (day.day % 2);
    const startsAt = new Date(day.toPlainDateTime({ hour: 8 }).toZonedDateTime(TZ).epochMilliseconds + half * 30 * 60_000);
    const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
    const customer = customers[n % customers.length];
    const status = n % 13 === 0 ? "CANCELED" : startsAt.getTime() < Date.now() ? "COMPLETED" : "CONFIRMED";
    rows.push({
      orgId: org.id,
      serviceId: services[n % 3].id,
      staffMemberId: staff[staffIndex].id,
      customerId: customer.id,
      status,
      startsAt,
      endsAt,
      blockedFrom: startsAt,
      blockedUntil: endsAt,
      clientName: customer.name,
      clientEmail: customer.email,
      clientTimeZone: TZ,
    } as const);
  }
  for (let i = 0; i < rows.length; i += 2000) await db.booking.createMany({ data: rows.slice(i, i + 2000) });
  console.log(`Seeded ${rows.length.toLocaleString("en")} bookings in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return org.id;
}

async function time(label: string, runs: number, work: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await work(i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const pct = (p: number) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))].toFixed(1);
  console.log(`  ${label.padEnd(46)} p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${ms[ms.length - 1].toFixed(1)} ms`);
}

try {
  const orgId = await seed();
  const today = Temporal.Now.plainDateISO(TZ);
  const weeks = Array.from({ length: 20 }, (_, i) => today.add({ weeks: i - 10 }).toString());
  console.log(`\n${BOOKINGS.toLocaleString("en")} bookings, 5 staff; 40 timed runs each after 3 warm-ups (server time, in-process):`);
  await time("week calendar, all staff (load + layout)", 40, (i) => loadBookingCalendar({ orgId, timeZone: TZ, view: "week", date: weeks[i % weeks.length] }));
  await time("day calendar, all staff", 40, (i) => loadBookingCalendar({ orgId, timeZone: TZ, view: "day", date: weeks[i % weeks.length] }));
  await time("list: client search by name (count + page)", 40, (i) => listBookings({ orgId, timeZone: TZ, filters: { q: `${NAMES[i % NAMES.length]} ${SURNAMES[i % SURNAMES.length]}` } }));
  await time("list: client search by email (count + page)", 40, (i) => listBookings({ orgId, timeZone: TZ, filters: { q: `client${(i * 37) % 2000}@` } }));
  await time("list: unfiltered, page 200", 40, () => listBookings({ orgId, timeZone: TZ, filters: {}, page: 200 }));
} finally {
  await db.$disconnect();
  await database.stop();
}
