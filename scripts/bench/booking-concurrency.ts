// npx tsx scripts/bench/booking-concurrency.ts: against a RUNNING production server (npm start),
// (1) 200 concurrent attempts at one slot through POST /api/book/[org]/[service]/bookings:
//     prints successes / clear refusals (409 "This time was just taken", or 429 "busy, try again"
//     when no database connection frees up within 15 s) / other errors; must be 1 / 199 / 0;
// (2) the public slots API for one service across 5 staff, 60 days, 2,000 existing bookings,
//     under 20 concurrent requests: p50 / p95 round trip.
// BENCH_URL (default http://localhost:3000) and BENCH_DATABASE_URL (the server's database; default
// the embedded one on EMBEDDED_PG_PORT) say where; the script seeds its own org and deletes it after.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { Temporal } from "temporal-polyfill";
import { PrismaClient } from "../../lib/db/generated/client";

const baseUrl = process.env.BENCH_URL || `http://localhost:${process.env.PORT || 3000}`;
const dbUrl = process.env.BENCH_DATABASE_URL || `postgresql://postgres:frontdesk-local@127.0.0.1:${process.env.EMBEDDED_PG_PORT || 54329}/frontdesk`;
const ATTEMPTS = Number(process.env.ATTEMPTS || 200);
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: dbUrl }) });
const TZ = "Europe/Berlin";
const id = randomUUID().slice(0, 8);

const wall = (daysAhead: number, time: string) => new Date(Temporal.Now.plainDateISO(TZ).add({ days: daysAhead }).toPlainDateTime(Temporal.PlainTime.from(time)).toZonedDateTime(TZ).epochMilliseconds);

async function seed() {
  const org = await db.organization.create({ data: { name: `Bench booking ${id}`, slug: `bench-book-${id}`, timezone: TZ, currency: "EUR" } });
  const makeService = async (slug: string, staffCount: number) => {
    const service = await db.service.create({ data: { orgId: org.id, name: slug, slug, currency: "EUR", durationMinutes: 30, minimumNoticeMinutes: 0, bookingWindowDays: 90 } });
    const staff = [];
    for (let i = 0; i < staffCount; i++) {
      const member = await db.staffMember.create({
        data: { orgId: org.id, name: `Staff ${slug} ${i + 1}`, timeZone: TZ, rules: { create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: "09:00", endTime: "17:00" })) } },
      });
      await db.serviceStaff.create({ data: { orgId: org.id, serviceId: service.id, staffMemberId: member.id } });
      staff.push(member);
    }
    return { service, staff };
  };
  return { org, race: await makeService("race", 1), load: await makeService("load", 5) };
}

async function seedLoadBookings(orgId: string, serviceId: string, staffIds: string[]) {
  const customer = await db.customer.create({ data: { orgId, name: "Bench Load", email: `load-${id}@bench.dev` } });
  const rows = [];
  for (const staffMemberId of staffIds) {
    // 400 bookings per staff member: 60 days x 16 half-hours, every other slot-ish, deterministic.
    for (let n = 0; n < 400; n++) {
      const day = 1 + (n % 60);
      const half = Math.floor(n / 60) * 2 + (day % 2);
      const start = new Date(wall(day, "09:00").getTime() + half * 30 * 60_000);
      const end = new Date(start.getTime() + 30 * 60_000);
      rows.push({ orgId, serviceId, staffMemberId, customerId: customer.id, status: "CONFIRMED" as const, startsAt: start, endsAt: end, blockedFrom: start, blockedUntil: end, clientName: "Load", clientEmail: customer.email!, clientTimeZone: TZ });
    }
  }
  await db.booking.createMany({ data: rows });
  return rows.length;
}

async function race(orgSlug: string, serviceSlug: string, staffId: string) {
  const start = wall(2, "10:00").toISOString();
  const attempt = async (i: number) => {
    const res = await fetch(`${baseUrl}/api/book/${orgSlug}/${serviceSlug}/bookings`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ staff: staffId, start, name: `Racer ${i}`, email: `racer-${i}-${id}@bench.dev`, tz: "America/New_York" }),
    }).catch((err: Error) => ({ status: 0, json: async () => ({ error: { message: err.message } }) }));
    const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
    return { status: res.status, message: body.error?.message ?? "" };
  };
  const t0 = performance.now();
  const results = await Promise.all(Array.from({ length: ATTEMPTS }, (_, i) => attempt(i)));
  const ms = performance.now() - t0;
  const successes = results.filter((r) => r.status === 201).length;
  const taken = (r: { status: number; message: string }) => r.status === 409 && r.message.startsWith("This time was just taken");
  const busy = (r: { status: number; message: string }) => r.status === 429 && r.message.startsWith("We're busy right now");
  const refusals = results.filter((r) => taken(r) || busy(r)).length;
  const others = results.filter((r) => r.status !== 201 && !taken(r) && !busy(r));
  const fiveXx = results.filter((r) => r.status >= 500 || r.status === 0).length;
  console.log(`\n${ATTEMPTS} concurrent attempts at one slot (${ms.toFixed(0)} ms):`);
  console.log(`  successes        ${successes}`);
  console.log(`  clear refusals   ${refusals}  (${results.filter(taken).length} x 409 "This time was just taken. Please pick another.", ${results.filter(busy).length} x 429 "We're busy right now. Please try again in a moment.")`);
  console.log(`  other errors     ${others.length}${others.length ? `  e.g. ${JSON.stringify(others.slice(0, 3))}` : ""}`);
  console.log(`  5xx / no answer  ${fiveXx}`);
  return successes === 1 && refusals === ATTEMPTS - 1 && others.length === 0;
}

async function slotsLoad(orgSlug: string, serviceSlug: string) {
  const today = Temporal.Now.plainDateISO(TZ);
  const query = new URLSearchParams({ from: today.toString(), to: today.add({ days: 60 }).toString(), staff: "any", tz: "America/New_York" });
  const url = `${baseUrl}/api/book/${orgSlug}/${serviceSlug}/slots?${query}`;
  const first = await fetch(url);
  const body = (await first.json()) as { days: { slots: unknown[] }[] };
  if (!first.ok) throw new Error(`slots API answered ${first.status}`);
  const times: number[] = [];
  const server: number[] = [];
  for (let round = 0; round < 5; round++) {
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        const t = performance.now();
        const res = await fetch(url);
        await res.arrayBuffer();
        server.push(Number(/dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "")?.[1] ?? NaN));
        if (!res.ok) throw new Error(`slots API answered ${res.status}`);
        times.push(performance.now() - t);
      }),
    );
  }
  const pct = (p: number, list = times) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))].toFixed(1);
  console.log(`\nslots API, 5 staff x 60 days, 2,000 bookings, ${body.days.length} days / ${body.days.reduce((n, d) => n + d.slots.length, 0)} slots per answer:`);
  console.log(`  20 concurrent x 5 rounds: p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${Math.max(...times).toFixed(1)} ms (round trip)`);
  console.log(`  server time (Server-Timing): p50 ${pct(50, server)} ms, p95 ${pct(95, server)} ms`);
  const alone: number[] = [];
  for (let i = 0; i < 20; i++) {
    const res = await fetch(url);
    await res.arrayBuffer();
    alone.push(Number(/dur=([\d.]+)/.exec(res.headers.get("server-timing") ?? "")?.[1] ?? NaN));
  }
  console.log(`  one at a time, server time: p50 ${pct(50, alone)} ms, p95 ${pct(95, alone)} ms`);
}

const { org, race: raceSetup, load } = await seed();
let ok = false;
try {
  console.log(`server ${baseUrl}, org ${org.slug}`);
  ok = await race(org.slug, raceSetup.service.slug, raceSetup.staff[0].id);
  const seeded = await seedLoadBookings(
    org.id,
    load.service.id,
    load.staff.map((s) => s.id),
  );
  console.log(`(seeded ${seeded} bookings for the slots load)`);
  await slotsLoad(org.slug, load.service.slug);
} finally {
  if (!process.env.KEEP) {
    await db.$transaction([db.booking.deleteMany({ where: { orgId: org.id } }), db.order.deleteMany({ where: { orgId: org.id } })]); // a paid order keeps its booking at commit
    await db.organization.delete({ where: { id: org.id } });
  }
  await db.$disconnect();
}
console.log(ok ? "\nOK: exactly one booking, every other attempt clearly refused." : "\nFAILED: expected 1 / 199 / 0.");
process.exit(ok ? 0 : 1);
