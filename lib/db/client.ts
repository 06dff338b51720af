import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl, env } from "@/lib/env";
import { PrismaClient } from "./generated/client";

// One client per process, created on first use (the build imports this module without a
// database). Next.js dev reloads modules, so the instance is kept on globalThis.
const globalForDb = globalThis as unknown as { frontdeskDb?: PrismaClient };

function getClient(): PrismaClient {
  if (globalForDb.frontdeskDb) return globalForDb.frontdeskDb;
  const DATABASE_URL = databaseUrl();
  const { DB_POOL_SIZE } = env();
  // Under a rush a query waits up to 15 s for a free connection; then it fails as "busy" (429, see busyError), never hangs.
  const pool = { connectionString: DATABASE_URL, max: DB_POOL_SIZE, connectionTimeoutMillis: 15_000 };
  globalForDb.frontdeskDb = new PrismaClient({ adapter: new PrismaPg(pool) });
  return globalForDb.frontdeskDb;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getClient();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Db = PrismaClient;
export type { Prisma } from "./generated/client";
