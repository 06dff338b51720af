// npx tsx scripts/bench/org-db.ts: what the org-scoped handle costs. Prints µs per orgDb() call
// (one $extends) and the per-query overhead of a findFirst by id through orgDb vs plain db, on
// its own embedded Postgres (.data/bench-org-db on BENCH_PG_PORT, default 54373) or DATABASE_URL.
// The numbers decided that orgDb keeps a handle per orgId (a small LRU) instead of one $extends per call.
import { prepareDatabase } from "../lib/prepare-database";

const database = await prepareDatabase({ dataDir: ".data/bench-org-db", port: Number(process.env.BENCH_PG_PORT || 54373) });
process.env.DATABASE_URL = database.url;
const { db } = await import("@/lib/db/client");
const { orgDb } = await import("@/lib/db/org-db");

const slug = "bench-org-db";
const org = (await db.organization.findUnique({ where: { slug }, select: { id: true } })) ?? (await db.organization.create({ data: { name: "Bench org db", slug, timezone: "UTC", currency: "EUR" }, select: { id: true } }));
const customer = (await db.customer.findFirst({ where: { orgId: org.id }, select: { id: true } })) ?? (await db.customer.create({ data: { orgId: org.id, name: "Bench" }, select: { id: true } }));

function perCall(label: string, n: number, fn: () => unknown) {
  for (let i = 0; i < Math.min(n, 1000); i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  const us = ((performance.now() - t0) * 1000) / n;
  console.log(`${label.padEnd(44)} ${us.toFixed(2)} µs`);
  return us;
}

async function perQuery(label: string, n: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await fn();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const us = ((performance.now() - t0) * 1000) / n;
  console.log(`${label.padEnd(44)} ${us.toFixed(1)} µs`);
  return us;
}

perCall("orgDb(orgId) (cached handle)", 20_000, () => orgDb(org.id));
perCall("orgDb(new orgId each time) (one $extends)", 20_000, () => orgDb(`${org.id}-${Math.random()}`));
perCall("orgDb(orgId).customer (model access)", 20_000, () => orgDb(org.id).customer);
const N = 3000;
const plain = await perQuery("db.customer.findFirst (orgId + id)", N, () => db.customer.findFirst({ where: { id: customer.id, orgId: org.id }, select: { id: true } }));
const handle = orgDb(org.id);
const reused = await perQuery("orgDb reused .customer.findFirst (id)", N, () => handle.customer.findFirst({ where: { id: customer.id }, select: { id: true } }));
const cached = await perQuery("orgDb(orgId) per query, cached .findFirst", N, () => orgDb(org.id).customer.findFirst({ where: { id: customer.id }, select: { id: true } }));
// A new orgId each time misses the cache: the cost of one $extends per query (it finds no row; same plan).
const fresh = await perQuery("orgDb(new orgId) per query .findFirst", N, () => orgDb(`${org.id}-${Math.random()}`).customer.findFirst({ where: { id: customer.id }, select: { id: true } }));
console.log(`overhead per query vs plain db: reused handle ${(reused - plain).toFixed(1)} µs, cached orgDb() ${(cached - plain).toFixed(1)} µs, uncached ${(fresh - plain).toFixed(1)} µs (plain ${plain.toFixed(1)} µs)`);
await database.stop();
process.exit(0);
