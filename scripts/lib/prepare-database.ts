import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * DATABASE_URL when set; otherwise an embedded Postgres with its data under `dataDir`.
 * `fresh` drops and recreates the database first (tests). Migrations are applied either way.
 */
export async function prepareDatabase(options: { dataDir?: string; port?: number; database?: string; fresh?: boolean } = {}): Promise<PreparedDatabase> {
  let url = process.env.DATABASE_URL || "";
  let stop = async () => {};
  const embedded = !url;
  if (embedded) {
    const dataDir = options.dataDir ?? process.env.FRONTDESK_DATA_DIR ?? ".data";
    const port = options.port ?? Number(process.env.EMBEDDED_PG_PORT || 54329);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port });
    const database = options.database ?? "frontdesk";
    if (options.fresh) await pg.dropDatabase(database);
    await pg.createDatabase(database);
    url = pg.url(database);
    stop = pg.stop;
  }
  await migrateDatabase({ databaseUrl: url });
  return { url, embedded, stop };
}
