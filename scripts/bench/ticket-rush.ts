// npx tsx scripts/bench/ticket-rush.ts: against a RUNNING production server (npm start), 500
// concurrent buyers for 100 free tickets through POST /api/events/[slug]/checkout. Prints sold /
// sold-out refusals (409) / other answers and checkouts per second; must be 100 / 400 / 0 with
// sold = 100 in the database. BUYERS, TICKETS, BENCH_URL, EMBEDDED_PG_PORT or BENCH_DATABASE_URL.
// Shared 2-core box, bench on it: see README (Events and tickets) for the numbers. The 400
// sold-out answers cost no query; HTTP itself then limits.
import { baseUrl, db, seedBenchEvent } from "./bench-ticket-event";

const BUYERS = Number(process.env.BUYERS || 500);
const TICKETS = Number(process.env.TICKETS || 100);

const { event, cleanup } = await seedBenchEvent([
  { name: "Rush", price: 0, capacity: TICKETS },
  { name: "Warm-up", price: 0, capacity: TICKETS },
]);
const [typeId, warmUpTypeId] = event.types.map((t) => t.id);
const buy = async (i: number, ticketTypeId = typeId) => {
  const t0 = performance.now();
  const res = await fetch(`${baseUrl}/api/events/${event.slug}/checkout`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ quantities: { [ticketTypeId]: 1 }, buyer: { name: `Buyer ${i}`, email: `buyer-${i}@bench.dev` } }),
  }).catch(() => null);
  return { status: res?.status ?? 0, ms: performance.now() - t0, body: res ? await res.text() : "" };
};

// Warm-up: the same rush on another ticket type of the event (a server just started has not yet
// compiled the checkout path or opened its pools), so the timed rush is the steady state.
const warmUp = await Promise.all(Array.from({ length: BUYERS }, (_, i) => buy(BUYERS + i, warmUpTypeId)));
if (warmUp.filter((r) => r.status === 201).length !== TICKETS) console.error("warm-up did not sell out as expected", warmUp.slice(0, 2));

const t0 = performance.now();
const results = await Promise.all(Array.from({ length: BUYERS }, (_, i) => buy(i)));
const seconds = (performance.now() - t0) / 1000;
const sold = results.filter((r) => r.status === 201).length;
const refused = results.filter((r) => r.status === 409 && r.body.includes("sold out")).length;
const fivexx = results.filter((r) => r.status >= 500 || r.status === 0).length;
const others = results.filter((r) => r.status !== 201 && !(r.status === 409 && r.body.includes("sold out")));
const row = await db.ticketType.findUniqueOrThrow({ where: { id: typeId }, select: { sold: true, held: true } });
const tickets = await db.ticket.count({ where: { ticketTypeId: typeId } });
const latencies = results.map((r) => r.ms).sort((a, b) => a - b);

console.log(`\n${BUYERS} concurrent buyers for ${TICKETS} free tickets (${seconds.toFixed(2)} s):`);
console.log(`  sold (201)            ${sold}`);
console.log(`  sold out (409)        ${refused}`);
console.log(`  other answers         ${others.length}  (5xx or no answer: ${fivexx})${others.length ? `  e.g. ${JSON.stringify(others.slice(0, 2))}` : ""}`);
console.log(`  database              sold ${row.sold}, held ${row.held}, tickets ${tickets}`);
console.log(`  checkouts per second  ${(BUYERS / seconds).toFixed(0)}  (target >= 300)`);
console.log(`  latency               p50 ${latencies[Math.floor(BUYERS / 2)].toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms`);
const ok = sold === TICKETS && refused === BUYERS - TICKETS && others.length === 0 && row.sold === TICKETS && row.held === 0 && tickets === TICKETS;
console.log(ok ? "\nOK: exactly the capacity sold, everyone else told it is sold out, no 5xx" : "\nFAILED");
await cleanup();
process.exit(ok ? 0 : 1);
