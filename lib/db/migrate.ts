import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Applies prisma/migrations/*/migration.sql with Prisma's own `_prisma_migrations` bookkeeping,
// so `prisma migrate deploy` agrees with us wherever the schema engine is available. Then, on
// every run, prisma/functions/*.sql (each one idempotent `CREATE OR REPLACE FUNCTION`, the source
// of truth for the PL/pgSQL functions; decision 0007) in one transaction: a changed function file
// reaches the database on the next start without a migration.
const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
const FUNCTIONS_DIR = path.join(process.cwd(), "prisma", "functions");
const LOCK_KEY = 72_726_601; // any constant: serialises concurrent migrators

export type MigrationResult = { applied: string[]; skipped: number; functions: string[] };

type Options = { databaseUrl: string; dir?: string; functionsDir?: string };

export async function migrateDatabase({ databaseUrl, dir = MIGRATIONS_DIR, functionsDir = FUNCTIONS_DIR }: Options): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const done = await client.query<{ migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
    const appliedChecksums = new Map(done.rows.map((r) => [r.migration_name, r.checksum]));
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const applied: string[] = [];
    for (const name of names) {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const previous = appliedChecksums.get(name);
      if (previous) {
        if (previous !== checksum) throw new Error(`Migration ${name} was edited after it was applied (checksum differs)`);
        continue;
      }
      const id = randomUUID();
      await client.query("BEGIN");
      try {
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`, [id, checksum, name]);
        await client.query(sql);
        await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed: ${(err as Error).message}`);
      }
      applied.push(name);
    }
    const functions = await applyFunctionFiles(client, functionsDir);
    return { applied, skipped: names.length - applied.length, functions };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/** Every `<dir>/*.sql`, in name order, in one transaction (all or none); returns the file names. */
async function applyFunctionFiles(client: pg.Client, dir: string): Promise<string[]> {
  const files = (await readdir(dir).catch((err: NodeJS.ErrnoException) => (err.code === "ENOENT" ? [] : Promise.reject(err)))).filter((f) => f.endsWith(".sql")).sort();
  if (files.length === 0) return [];
  await client.query("BEGIN");
  try {
    for (const file of files) {
      const sql = await readFile(path.join(dir, file), "utf8");
      await client.query(sql).catch((err: Error) => Promise.reject(new Error(`Function file ${file} failed: ${err.message}`)));
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  }
  return files;
}
