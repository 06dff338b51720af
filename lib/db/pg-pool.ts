import pg from "pg";
import { databaseUrl, env } from "@/lib/env";

// A plain node-postgres pool beside Prisma's, for the few hot statements where Prisma's own
// per-query work shows in a profile (the Telegram webhook's one INSERT). One per process, kept on
// globalThis like the Prisma client, with the same connection timeout. It is the one pool for raw
// SQL: the worker's few long-held connections come from it too (the Telegram drainer's LISTEN for
// the worker's life; a broadcast sender's and an analytics recompute's session advisory lock for
// their run, one at a time each per worker), so it is DB_POOL_SIZE plus room for those.
const HELD_CONNECTIONS = 3;
const globalForPool = globalThis as unknown as { frontdeskPgPool?: pg.Pool };

export function pgPool(): pg.Pool {
  if (globalForPool.frontdeskPgPool) return globalForPool.frontdeskPgPool;
  const DATABASE_URL = databaseUrl();
  const { DB_POOL_SIZE } = env();
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: DB_POOL_SIZE + HELD_CONNECTIONS, connectionTimeoutMillis: 15_000 });
  pool.on("error", (err) => console.error("[db] idle connection", err.message));
  globalForPool.frontdeskPgPool = pool;
  return pool;
}
