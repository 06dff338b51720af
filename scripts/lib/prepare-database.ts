import path from "node:path";
import { EmbeddedPostgresSetupError, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";

export type PreparedDatabase = { url: string; embedded: boolean; dataDir: string | null; stop: () => Promise<void> };

/**
 * DATABASE_URL when set; otherwise an embedded Postgres with its data under `dataDir` (or in a
 * folder the `postgres` user can reach, see lib/db/embedded-postgres-location.ts).
 * `fresh` drops and recreates the database first (tests). Migrations are applied either way.
 * When the embedded server cannot be set up, it says why and what to do in one sentence and exits.
 */
export async function prepareDatabase(options: { dataDir?: string; port?: number; database?: string; fresh?: boolean } = {}): Promise<PreparedDatabase> {
  let url = process.env.DATABASE_URL || "";
  let stop = async () => {};
  let dataDir: string | null = null;
  const embedded = !url;
  if (embedded) {
    const dataRoot = options.dataDir ?? process.env.FRONTDESK_DATA_DIR ?? ".data";
    const port = options.port ?? Number(process.env.EMBEDDED_PG_PORT || 54329);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, "pg"), port }).catch(exitOnSetupError);
    const database = options.database ?? "frontdesk";
    if (options.fresh) await pg.dropDatabase(database);
    await pg.createDatabase(database);
    url = pg.url(database);
    stop = pg.stop;
    dataDir = pg.dataDir;
  }
  await migrateDatabase({ databaseUrl: url });
  return { url, embedded, dataDir, stop };
}

function exitOnSetupError(err: unknown): never {
  if (!(err instanceof EmbeddedPostgresSetupError)) throw err;
  console.error(`\n${err.message}\n`);
  process.exit(1);
}
