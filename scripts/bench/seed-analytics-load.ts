// Benchmark data for the analytics recompute: one organization ("bench-analytics") with 100,000
// customers and exactly 1,000,000 paid orders over the last two years, generated inside
// Postgres (generate_series, set-based inserts), deterministic for a given seed and day.
// Customers buy as a Poisson process while alive and leave after an exponential lifetime, so the
// log looks like what BG/NBD expects; spend per customer is log-normal.
// Run: npx tsx scripts/bench/seed-analytics-load.ts [--customers N] [--orders N] [--fresh]
// (DATABASE_URL, or an embedded Postgres in .data/bench on port 54370 or BENCH_PG_PORT.)
import pg from "pg";

export const BENCH_ORG_SLUG = "bench-analytics";

export type SeedResult = { orgId: string; customers: number; orders: number; seconds: number; reused: boolean };

export async function seedAnalyticsLoad({
  databaseUrl,
  customers = 100_000,
  orders = 1_000_000,
  fresh = false,
  now = new Date(),
  log = console.log,
}: {
  databaseUrl: string;
  customers?: number;
  orders?: number;
  fresh?: boolean;
  now?: Date;
  log?: (line: string) => void;
}): Promise<SeedResult> {
  if (!(customers >= 1 && orders >= customers)) throw new Error("Need at least one customer and at least one order per customer");
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query<{ id: string; customers: number; orders: number }>(
      `SELECT o.id,
         (SELECT count(*)::int FROM "Customer" c WHERE c."orgId" = o.id) AS customers,
         (SELECT count(*)::int FROM "Order" x WHERE x."orgId" = o.id AND x.status = 'PAID') AS orders
       FROM "Organization" o WHERE o.slug = $1`,
      [BENCH_ORG_SLUG],
    );
    const found = existing.rows[0];
    if (found && !fresh && found.customers === customers && found.orders === orders) {
      return { orgId: found.id, customers, orders, seconds: (performance.now() - started) / 1000, reused: true };
    }
    if (found) {
      log(`• removing the previous ${BENCH_ORG_SLUG} organization`);
      // Orders first: Order -> Customer is ON DELETE RESTRICT. Without triggers (the rollup
      // trigger would update a customer per order): the org's rollups go with the org.
      await client.query(`SET session_replication_role = replica`);
      await client.query(`DELETE FROM "Order" WHERE "orgId" = $1`, [found.id]);
      await client.query(`RESET session_replication_role`);
      await client.query(`DELETE FROM "Organization" WHERE id = $1`, [found.id]);
    }

    const orgId = `bench_${now.toISOString().slice(0, 10).replaceAll("-", "")}`;
    const nowSql = `($1::timestamptz AT TIME ZONE 'UTC')`;
    await client.query("BEGIN");
    // Bulk rows without per-row triggers; the rollups are built once at the end.
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query(`SELECT setseed(0.42)`);
    await client.query(
      `INSERT INTO "Organization" (id, name, slug, timezone, currency, "createdAt", "updatedAt")
       VALUES ($2, 'Bench Analytics', $3, 'UTC', 'EUR', ${nowSql} - interval '2 years', ${nowSql})`,
      [now.toISOString(), orgId, BENCH_ORG_SLUG],
    );
    // What the orders sell: one event (ticket orders) and one service with one staff member (bookings).
    await client.query(
      `INSERT INTO "Event" (id, "orgId", slug, title, "startsAt", "endsAt", "timeZone", status, "updatedAt")
       VALUES ($2 || '_ev', $2, $3 || '-event', 'Bench event', ${nowSql}, ${nowSql} + interval '4 hours', 'UTC', 'PUBLISHED', ${nowSql})`,
      [now.toISOString(), orgId, BENCH_ORG_SLUG],
    );
    await client.query(`INSERT INTO "Service" (id, "orgId", name, slug, "durationMinutes", currency, "updatedAt") VALUES ($2 || '_svc', $2, 'Bench session', 'bench-session', 30, 'EUR', ${nowSql})`, [now.toISOString(), orgId]);
    await client.query(`INSERT INTO "StaffMember" (id, "orgId", name, "timeZone", "updatedAt") VALUES ($2 || '_staff', $2, 'Bench staff', 'UTC', ${nowSql})`, [now.toISOString(), orgId]);

    // Per customer: first purchase uniform over two years, an exponential lifetime (mean 400 days),
    // a purchase rate (exponential, i.e. Gamma with shape 1) and a log-normal typical order value.
    let t = performance.now();
    await client.query(
      `CREATE TEMP TABLE bench_customer ON COMMIT DROP AS
       SELECT idx, first_at, LEAST(first_at + (-ln(1 - random()) * 400) * interval '1 day', ${nowSql}) AS alive_until,
              -ln(1 - random()) AS rate,
              round(exp(ln(3500) + 0.6 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))::int AS spend
       FROM (SELECT g AS idx, ${nowSql} - random() * interval '730 days' AS first_at FROM generate_series(1, $2::int) g) s`,
      [now.toISOString(), customers],
    );
    await client.query(
      `ALTER TABLE bench_customer ADD COLUMN weight float8;
       UPDATE bench_customer SET weight = rate * GREATEST(extract(epoch FROM alive_until - first_at) / 86400, 0.01);
       CREATE TEMP TABLE bench_cumulative ON COMMIT DROP AS
         SELECT idx, sum(weight) OVER (ORDER BY idx) AS cw FROM bench_customer;
       CREATE INDEX ON bench_cumulative (cw);
       ANALYZE bench_customer; ANALYZE bench_cumulative;`,
    );
    await client.query(
      `INSERT INTO "Customer" (id, "orgId", name, email, source, "createdAt", "updatedAt")
       SELECT $2 || '_c' || idx, $2, 'Bench customer ' || idx, 'bench' || idx || '@example.com', 'TICKETING', first_at, ${nowSql}
       FROM bench_customer`,
      [now.toISOString(), orgId],
    );
    log(`• ${customers.toLocaleString("en")} customers in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // Orders 1..customers: each customer's first purchase. The rest: repeat purchases, each given
    // to a customer with probability proportional to rate x time alive, at a uniform time in that span.
    t = performance.now();
    await client.query(
      `WITH extra AS (
         SELECT g, random() * (SELECT max(cw) FROM bench_cumulative) AS u FROM generate_series($3::int + 1, $4::int) g
       ), picked AS (
         SELECT r.g, (SELECT bc.idx FROM bench_cumulative bc WHERE bc.cw >= r.u ORDER BY bc.cw LIMIT 1) AS idx FROM extra r
       ), purchase AS (
         SELECT c.idx AS g, c.idx, c.first_at AS paid_at, c.spend FROM bench_customer c
         UNION ALL
         SELECT p.g, c.idx, c.first_at + random() * (c.alive_until - c.first_at), c.spend FROM picked p JOIN bench_customer c ON c.idx = p.idx
       )
       INSERT INTO "Order" (id, "orgId", "customerId", kind, amount, currency, status, "paidAt", "createdAt", "updatedAt", "eventId")
       SELECT id, "orgId", "customerId", kind, amount, currency, status, "paidAt", "createdAt", "updatedAt", CASE WHEN kind = 'TICKET' THEN $2 || '_ev' END
       FROM (SELECT $2 || '_o' || g AS id, $2 AS "orgId", $2 || '_c' || idx AS "customerId",
              (CASE WHEN random() < 0.45 THEN 'TICKET' ELSE 'BOOKING' END)::"OrderKind" AS kind,
              GREATEST(100, round(spend * (0.6 + 0.8 * random()) / 50) * 50)::int AS amount, 'EUR' AS currency, 'PAID'::"OrderStatus" AS status,
              date_trunc('milliseconds', paid_at) AS "paidAt", date_trunc('milliseconds', paid_at) AS "createdAt", ${nowSql} AS "updatedAt"
       FROM purchase) o`,
      [now.toISOString(), orgId, customers, orders],
    );
    log(`• ${orders.toLocaleString("en")} paid orders in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    // Each a real sale, as the database requires at commit: a ticket order's ticket, a booking
    // order's booking (one staff member, an hour apart, so none overlap). Each statement takes
    // the same parameters ($1 now, $2 the org).
    t = performance.now();
    const sales = [
      `INSERT INTO "TicketType" (id, "orgId", "eventId", name, price, currency, capacity, sold, "updatedAt")
       SELECT $2 || '_tt', $2, $2 || '_ev', 'Entry', 0, 'EUR', 1000000000, count(*), ${nowSql} FROM "Order" WHERE "orgId" = $2 AND kind = 'TICKET'`,
      `INSERT INTO "Ticket" (id, "orgId", "eventId", "ticketTypeId", "orderId", code, "attendeeName", "attendeeEmail", "amountPaid", "createdAt")
       SELECT id || '_t', $2, $2 || '_ev', $2 || '_tt', id, id || '_code', 'Bench buyer', 'bench@example.com', amount, "paidAt" FROM "Order" WHERE "orgId" = $2 AND kind = 'TICKET' AND $1::timestamptz IS NOT NULL`,
      `INSERT INTO "Booking" (id, "orgId", "serviceId", "staffMemberId", "customerId", "orderId", status, "startsAt", "endsAt", "blockedFrom", "blockedUntil", "clientName", "clientEmail", "clientTimeZone", "createdAt", "updatedAt")
       SELECT id || '_b', $2, $2 || '_svc', $2 || '_staff', "customerId", id, 'COMPLETED', at, at + interval '30 minutes', at, at + interval '30 minutes', 'Bench client', 'bench@example.com', 'UTC', "paidAt", ${nowSql}
       FROM (SELECT *, timestamp '2000-01-01' + row_number() OVER (ORDER BY id) * interval '1 hour' AS at FROM "Order" WHERE "orgId" = $2 AND kind = 'BOOKING') o`,
    ];
    for (const sql of sales) await client.query(sql, [now.toISOString(), orgId]);
    log(`• their tickets and bookings in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    await client.query(`SELECT frontdesk_rebuild_org_rollups($1)`, [orgId]);
    await client.query("COMMIT");
    log(`• analytics rollups in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    // VACUUM too: a live table is vacuumed by autovacuum long before it holds a million orders,
    // and index-only scans need the visibility map that VACUUM sets.
    await client.query(`VACUUM ANALYZE "Customer"`);
    await client.query(`VACUUM ANALYZE "Order"`);
    await client.query(`VACUUM ANALYZE "CustomerMonth"`);
    return { orgId, customers, orders, seconds: (performance.now() - started) / 1000, reused: false };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { prepareDatabase } = await import("../lib/prepare-database");
  const database = await prepareDatabase({ dataDir: ".data/bench", port: Number(process.env.BENCH_PG_PORT || 54370) });
  try {
    const result = await seedAnalyticsLoad({ databaseUrl: database.url, customers: arg("customers"), orders: arg("orders"), fresh: process.argv.includes("--fresh") });
    console.log(`${result.reused ? "Reused" : "Seeded"} ${BENCH_ORG_SLUG} (${result.orgId}): ${result.customers.toLocaleString("en")} customers, ${result.orders.toLocaleString("en")} paid orders in ${result.seconds.toFixed(1)} s`);
  } finally {
    await database.stop();
  }
}
