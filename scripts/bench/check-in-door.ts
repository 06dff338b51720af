// Benchmark: the door. 2,000 tickets checked in by 50 scanners at once (throughput, latency p50/p95),
// then 200 simultaneous scans of one code, which must give exactly 1 check-in and 199 "already checked in".
// Run: npx tsx scripts/bench/check-in-door.ts [--tickets N] [--scanners N]
// (DATABASE_URL, or an embedded Postgres in .data/bench-door on port 54371, BENCH_PG_PORT or EMBEDDED_PG_PORT.)
import { randomBytes } from "node:crypto";
import { prepareDatabase } from "../lib/prepare-database";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const database = await prepareDatabase({ dataDir: ".data/bench-door", port: Number(process.env.BENCH_PG_PORT || process.env.EMBEDDED_PG_PORT || 54371) });
process.env.DATABASE_URL = database.url;
process.env.DB_POOL_SIZE ??= "20";
// Imported once DATABASE_URL is known (the Prisma client reads it on first use).
const { db } = await import("@/lib/db/client");
const { checkInTicket } = await import("@/lib/ticketing");

const tickets = arg("tickets", 2000);
const scanners = arg("scanners", 50);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);

const id = randomBytes(4).toString("hex");
const user = await db.user.create({ data: { email: `door-bench-${id}@bench.dev`, name: "Door bench" } });
const org = await db.organization.create({ data: { name: `Door bench ${id}`, slug: `door-bench-${id}`, timezone: "Europe/Berlin", currency: "EUR", memberships: { create: { userId: user.id, role: "STAFF" } } } });
try {
  const event = await db.event.create({ data: { orgId: org.id, slug: `door-bench-${id}`, title: "Bench door", startsAt: new Date(), endsAt: new Date(Date.now() + 3_600_000), timeZone: "Europe/Berlin", status: "PUBLISHED" } });
  const type = await db.ticketType.create({ data: { orgId: org.id, eventId: event.id, name: "General", price: 1000, currency: "EUR", capacity: tickets + 1, sold: tickets + 1 } });
  const customer = await db.customer.create({ data: { orgId: org.id, name: "Bench buyer", source: "TICKETING" } });
  const codes = Array.from({ length: tickets + 1 }, () => randomBytes(16).toString("base64url"));
  // The order with its tickets, in one transaction: a paid ticket order has its tickets at commit.
  await db.$transaction(async (tx) => {
    const order = await tx.order.create({ data: { orgId: org.id, customerId: customer.id, kind: "TICKET", eventId: event.id, amount: 1000 * (tickets + 1), currency: "EUR", status: "PAID", paidAt: new Date() } });
    await tx.ticket.createMany({ data: codes.map((code) => ({ orgId: org.id, eventId: event.id, ticketTypeId: type.id, orderId: order.id, code, attendeeName: "Guest", attendeeEmail: "guest@bench.dev", amountPaid: 1000 })) });
  });
  const scan = (code: string) => checkInTicket({ orgId: org.id, eventId: event.id, code, userId: user.id });

  const queue = codes.slice(1);
  const latencies: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: scanners }, async () => {
      for (let code = queue.pop(); code; code = queue.pop()) {
        const started = performance.now();
        if ((await scan(code)).outcome !== "CHECKED_IN") throw new Error(`unexpected outcome for ${code}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(`${tickets} check-ins by ${scanners} scanners: ${(tickets / seconds).toFixed(0)} per second; latency p50 ${pct(latencies, 50)} ms, p95 ${pct(latencies, 95)} ms`);

  const race = await Promise.all(Array.from({ length: 200 }, () => scan(codes[0])));
  const count = (o: string) => race.filter((r) => r.outcome === o).length;
  console.log(`200 simultaneous scans of one code: ${count("CHECKED_IN")} checked in, ${count("ALREADY_CHECKED_IN")} already checked in`);
  if (count("CHECKED_IN") !== 1 || count("ALREADY_CHECKED_IN") !== 199) process.exitCode = 1;
} finally {
  await db.$transaction([db.ticket.deleteMany({ where: { orgId: org.id } }), db.order.deleteMany({ where: { orgId: org.id } })]);
  await db.organization.delete({ where: { id: org.id } });
  await db.user.delete({ where: { id: user.id } });
  await db.$disconnect();
  await database.stop();
}
