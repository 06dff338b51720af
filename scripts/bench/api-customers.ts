// npx tsx scripts/bench/api-customers.ts: the public API's customer list under load. Seeds an org
// with 100,000 customers (once), then 50 concurrent clients each page through all of them with
// GET /api/v1/customers?limit=100 (the route handler in-process: key check, scope, query schema,
// orgDb query, JSON, audit row). Prints p50/p95/p99 per page and the cost of a cached key check.
// Own embedded Postgres (.data/bench-api on BENCH_PG_PORT, default 54374) or DATABASE_URL.
import { prepareDatabase } from "../lib/prepare-database";

const database = await prepareDatabase({ dataDir: ".data/bench-api", port: Number(process.env.BENCH_PG_PORT || 54374) });
process.env.DATABASE_URL = database.url;
process.env.DB_POOL_SIZE ??= "20";
process.env.API_RATE_LIMIT_PER_MINUTE ??= "100000"; // one key pages as fast as it can here
const { db } = await import("@/lib/db/client");
const { createApiKey, authenticateApiKey, flushApiCalls } = await import("@/lib/api");
const { GET } = await import("@/app/api/v1/customers/route");

const CUSTOMERS = 100_000;
const CLIENTS = Number(process.env.BENCH_CLIENTS || 50);
const slug = "bench-api";
const org = (await db.organization.findUnique({ where: { slug }, select: { id: true } })) ?? (await db.organization.create({ data: { name: "Bench API", slug, timezone: "UTC", currency: "EUR" }, select: { id: true } }));
const have = await db.customer.count({ where: { orgId: org.id } });
if (have < CUSTOMERS) {
  console.log(`seeding ${CUSTOMERS - have} customers…`);
  await db.$executeRaw`INSERT INTO "Customer" (id, "orgId", name, email, "updatedAt") SELECT 'bench' || lpad(g::text, 8, '0'), ${org.id}, 'Customer ' || g, 'c' || g || '@bench.dev', now() FROM generate_series(${have + 1}::int, ${CUSTOMERS}::int) g ON CONFLICT DO NOTHING`;
}
const { secret } = await createApiKey({ orgId: org.id, actorUserId: null, fields: { name: "bench", scopes: ["customers:read"], expiresInDays: "never" } });

// Key verification, cached (the first call reads the key row).
await authenticateApiKey(`Bearer ${secret}`);
const K = 20_000;
let t0 = performance.now();
for (let i = 0; i < K; i++) await authenticateApiKey(`Bearer ${secret}`);
const keyUs = ((performance.now() - t0) * 1000) / K;

const times: number[] = [];
async function client() {
  let cursor: string | null = null;
  let rows = 0;
  do {
    const url = `http://localhost/api/v1/customers?limit=100${cursor ? `&cursor=${cursor}` : ""}`;
    const start = performance.now();
    const res = await GET(new Request(url, { headers: { authorization: `Bearer ${secret}` } }), { params: Promise.resolve({}) });
    const body = (await res.json()) as { data: unknown[]; nextCursor: string | null };
    times.push(performance.now() - start);
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    rows += body.data.length;
    cursor = body.nextCursor;
  } while (cursor);
  return rows;
}
t0 = performance.now();
const counts = await Promise.all(Array.from({ length: CLIENTS }, client));
const seconds = (performance.now() - t0) / 1000;
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
console.log(`customers ${CUSTOMERS}, clients ${CLIENTS}, pages ${times.length} (${(times.length / seconds).toFixed(0)}/s), every client saw ${new Set(counts).size === 1 ? counts[0] : counts.join("/")} rows`);
console.log(`page latency ms: p50 ${q(0.5)}  p95 ${q(0.95)}  p99 ${q(0.99)}  max ${times[times.length - 1].toFixed(1)}`);
console.log(`cached key verification: ${keyUs.toFixed(2)} µs`);
await flushApiCalls();
await db.auditLog.deleteMany({ where: { orgId: org.id, action: "api.request" } });
await db.$disconnect();
await database.stop();
